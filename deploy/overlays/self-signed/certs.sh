#!/bin/sh
# Step 1 of the esoguard-certs Job, in the esoguard image (Debian slim): keep
# or renew the certificates (the current ones are mounted from their Secrets,
# so a valid set and its CA are kept), then write what the kubectl steps
# apply: the Secrets (kustomization.yaml) and a caBundle-only patch for each
# webhook configuration, so a rerun never undoes your own webhook settings.
set -eu
namespace="${ESOGUARD_NAMESPACE:-esoguard-system}"
service="${ESOGUARD_SERVICE:-esoguard}"
# The directories are the Job's mounts; tests point them elsewhere.
work="${ESOGUARD_WORK_DIR:-/work}"
config="${ESOGUARD_CONFIG_DIR:-/config}"
current="${ESOGUARD_CURRENT_DIR:-/current}"
copy() { if [ -f "$1" ]; then cp -L "$1" "$2"; fi; }
copy "$current/ca/ca.crt" "$work/ca.crt"
copy "$current/ca/ca.key" "$work/ca.key"
copy "$current/tls/tls.crt" "$work/tls.crt"
copy "$current/tls/tls.key" "$work/tls.key"
esoguard certs --out "$work" --service "$service" --namespace "$namespace"
bundle="$(base64 -w0 "$work/ca.crt")"
for hook in validate mutate; do
  printf '{"webhooks":[{"name":"%s.esoguard.io","clientConfig":{"caBundle":"%s"}}]}\n' "$hook" "$bundle" > "$work/$hook-patch.json"
done
cp "$config/kustomization.yaml" "$work/kustomization.yaml"
