#ifndef ESOGUARD_CSHIMS_H
#define ESOGUARD_CSHIMS_H
// Wrappers for OpenSSL's function-like macros, which Swift cannot import.
#include <openssl/ssl.h>

int esoguard_ssl_ctx_set_min_proto_version(SSL_CTX *ctx, int version);
int esoguard_ssl_ctx_set_max_proto_version(SSL_CTX *ctx, int version);
long esoguard_ssl_ctx_set_options(SSL_CTX *ctx, long options);
long esoguard_ssl_ctx_set_session_cache_mode(SSL_CTX *ctx, long mode);
int esoguard_ssl_set_tlsext_host_name(SSL *ssl, const char *name);
#endif
