#ifndef ESOGUARD_CSHIMS_H
#define ESOGUARD_CSHIMS_H
// Wrappers for OpenSSL's function-like macros, which Swift cannot import.
#include <openssl/ssl.h>

int esoguard_ssl_ctx_set_min_proto_version(SSL_CTX *ctx, int version);
int esoguard_ssl_ctx_set_max_proto_version(SSL_CTX *ctx, int version);
long esoguard_ssl_ctx_set_options(SSL_CTX *ctx, long options);
long esoguard_ssl_ctx_set_session_cache_mode(SSL_CTX *ctx, long mode);
int esoguard_ssl_set_tlsext_host_name(SSL *ssl, const char *name);

// A PEM passphrase callback that always fails: keys are read unencrypted, never prompted for.
int esoguard_no_passphrase(char *buf, int size, int rwflag, void *userdata);
// Server hardening in one place: no compression, no renegotiation, TLS 1.2+ only,
// Mozilla "intermediate" key exchange groups, partial writes, read-ahead, record buffers
// released while idle, no passphrase prompt.
// Returns 1, or 0 when OpenSSL refused the group list.
int esoguard_ssl_ctx_harden(SSL_CTX *ctx);
// Selects ALPN "http/1.1"; a client offering only other protocols gets no ALPN answer.
void esoguard_ssl_ctx_enable_alpn_http11(SSL_CTX *ctx);
long esoguard_ssl_ctx_sess_set_cache_size(SSL_CTX *ctx, long size);
// notBefore and notAfter of the context's leaf certificate as unix seconds; 0 when unreadable.
int esoguard_ssl_ctx_cert_validity(SSL_CTX *ctx, long long *not_before, long long *not_after);
// Counts the certificates in the context's chain (leaf + extra), for logs.
int esoguard_ssl_ctx_chain_length(SSL_CTX *ctx);

// epoll, eventfd and accept4 for the event loops. epoll_event is a packed
// struct on x86-64, which Swift does not import reliably, so the loop goes
// through these flat wrappers.
#define ESOGUARD_EPOLLIN 0x001u
#define ESOGUARD_EPOLLOUT 0x004u
// Wake one waiter per event: the loops share one listening socket.
#define ESOGUARD_EPOLLEXCLUSIVE (1u << 28)
int esoguard_epoll_create(void);
int esoguard_epoll_ctl(int epfd, int op, int fd, unsigned int events);
int esoguard_epoll_wait(int epfd, int *fds, unsigned int *events, int max, int timeout_ms);
int esoguard_eventfd(void);
int esoguard_accept4(int fd, void *addr, unsigned int *len);
#define ESOGUARD_EPOLL_CTL_ADD 1
#define ESOGUARD_EPOLL_CTL_DEL 2
#define ESOGUARD_EPOLL_CTL_MOD 3
#endif
