#!/bin/sh
# One-shot (compose service `temporal-setup`, image temporalio/admin-tools):
# once the Temporal frontend answers, makes sure the namespace exists and holds
# Atrium's custom search attributes, which the workflows upsert and operators
# filter on in the Temporal UI. The worker and the API start only after this
# succeeded: a workflow started with an unknown search attribute is rejected.
# Safe to run on every start.
#
#   TEMPORAL_ADDRESS              host:port of the frontend (read by the CLI too)
#   TEMPORAL_NAMESPACE            namespace to create (default: default)
#   TEMPORAL_NAMESPACE_RETENTION  retention of closed workflows (default: 7d)
#   ATRIUM_SEARCH_ATTRIBUTES      space-separated Name=Type pairs
set -eu

: "${TEMPORAL_ADDRESS:?TEMPORAL_ADDRESS is required}"
: "${ATRIUM_SEARCH_ATTRIBUTES:?ATRIUM_SEARCH_ATTRIBUTES is required}"
NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
RETENTION="${TEMPORAL_NAMESPACE_RETENTION:-7d}"
MAX_ATTEMPTS="${SETUP_MAX_ATTEMPTS:-60}"
SLEEP_SECONDS="${SETUP_SLEEP_SECONDS:-2}"

# retry DESCRIPTION COMMAND...: runs COMMAND until it succeeds or attempts run out.
retry() {
  description="$1"
  shift
  attempt=1
  until "$@"; do
    if [ "$attempt" -ge "$MAX_ATTEMPTS" ]; then
      echo "temporal-setup: gave up: $description" >&2
      return 1
    fi
    attempt=$((attempt + 1))
    sleep "$SLEEP_SECONDS"
  done
}

cluster_healthy() {
  temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1
}

namespace_ready() {
  temporal operator namespace describe --address "$TEMPORAL_ADDRESS" --namespace "$NAMESPACE" >/dev/null 2>&1 && return 0
  temporal operator namespace create --address "$TEMPORAL_ADDRESS" --namespace "$NAMESPACE" --retention "$RETENTION"
  return 1 # describe again on the next attempt: a new namespace takes a moment to be served
}

attribute_registered() {
  temporal operator search-attribute list --address "$TEMPORAL_ADDRESS" --namespace "$NAMESPACE" | grep -qw "$1"
}

search_attribute_ready() {
  attribute_registered "$1" && return 0
  temporal operator search-attribute create --address "$TEMPORAL_ADDRESS" --namespace "$NAMESPACE" --name "$1" --type "$2" || true
  attribute_registered "$1"
}

echo "temporal-setup: waiting for Temporal at $TEMPORAL_ADDRESS"
retry "Temporal at $TEMPORAL_ADDRESS is not healthy" cluster_healthy

echo "temporal-setup: namespace $NAMESPACE (retention $RETENTION)"
retry "namespace $NAMESPACE" namespace_ready

for pair in $ATRIUM_SEARCH_ATTRIBUTES; do
  name="${pair%%=*}"
  type="${pair#*=}"
  echo "temporal-setup: search attribute $name ($type)"
  retry "search attribute $name" search_attribute_ready "$name" "$type"
done

temporal operator search-attribute list --address "$TEMPORAL_ADDRESS" --namespace "$NAMESPACE"
echo "temporal-setup: done"
