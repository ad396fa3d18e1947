#!/usr/bin/env bash
# One release through the chain of facade-switch.yaml: built once, then test, staging (behind a
# DBA's approval), prod (a rollout). The GitHub Actions and GitLab CI examples call these stages,
# and PipelineExamplesIT runs them against three local databases, so they are known to work.
#
#   release.sh build             bundle the release once (core changelog, facade, manifest)
#   release.sh test              migrate core, deploy, promote in test
#   release.sh staging-request   ask for the staging deploy's approval (a DBA grants it)
#   release.sh staging           wait for the approval, then migrate core, deploy, promote in staging
#   release.sh prod              migrate core, deploy, then a rollout that the prod switches drive
#
# Inputs: RELEASE (e.g. 1.4.0); BUNDLE (default release-$RELEASE.zip); FACADE, the command (default
# java -jar target/facade-switch.jar); FACADE_CONFIG (default: the facade-switch.yaml beside this
# script); FACADE_ACTOR, who the pipeline acts as; the variables the file refers to; optionally
# APPROVAL_WAIT (seconds to wait for the approval, default 3600) and ROLLOUT_PLAN / ROLLOUT_PLAN_FILE.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
read -r -a facade <<< "${FACADE:-java -jar target/facade-switch.jar}"
config=${FACADE_CONFIG:-$here/facade-switch.yaml}
release=${RELEASE:?set RELEASE to the release name, e.g. 1.4.0}
bundle=${BUNDLE:-release-$release.zip}

fs() {
    "${facade[@]}" "$@" --config "$config"
}

# Deploys the bundle into the environment and promotes it there unless the deploy already made it
# active (the first release of an environment is active at once).
deploy_and_promote() {
    local env=$1 out
    out=$(fs deploy --env "$env" --bundle "$bundle" --json)
    echo "$out"
    if grep -q '"active":false' <<< "$out"; then
        fs promote --env "$env" --reason "release $release"
    fi
}

# Runs the step until its approval gate lets it through, or APPROVAL_WAIT seconds have passed;
# any other refusal ends it at once.
until_approved() {
    local deadline=$(( SECONDS + ${APPROVAL_WAIT:-3600} )) errors
    errors=$(mktemp)
    while true; do
        if "$@" 2>"$errors"; then
            rm -f "$errors"
            return 0
        fi
        if ! grep -q 'GATE_APPROVALS_MISSING' "$errors" || (( SECONDS >= deadline )); then
            cat "$errors" >&2
            rm -f "$errors"
            return 1
        fi
        echo "waiting for a DBA's approval ($(( deadline - SECONDS )) s left): $(cat "$errors")" >&2
        sleep "${APPROVAL_POLL:-30}"
    done
}

case "${1:?name a stage: build, test, staging-request, staging or prod}" in
    build)
        "${facade[@]}" bundle --release "$release" --out "$bundle"
        ;;
    test)
        fs migrate-core --env test --bundle "$bundle"
        deploy_and_promote test
        ;;
    staging-request)
        fs approval request --env staging --step deploy --bundle "$bundle" \
            --reason "release $release, pipeline ${CI_PIPELINE_URL:-${GITHUB_RUN_ID:-local}}"
        ;;
    staging)
        fs migrate-core --env staging --bundle "$bundle"
        until_approved fs deploy --env staging --bundle "$bundle" --json
        if fs status --env staging --json | grep -q '"state":"deployed"'; then
            fs promote --env staging --reason "release $release"
        fi
        ;;
    prod)
        fs migrate-core --env prod --bundle "$bundle"
        out=$(fs deploy --env prod --bundle "$bundle" --json)
        echo "$out"
        if grep -q '"active":false' <<< "$out"; then
            if [[ -n ${ROLLOUT_PLAN_FILE:-} ]]; then
                fs rollout start --env prod --plan-file "$ROLLOUT_PLAN_FILE" --reason "release $release"
            else
                fs rollout start --env prod --plan "${ROLLOUT_PLAN:-standard}" --reason "release $release"
            fi
            fs rollout status --env prod --watch 5s
        fi
        ;;
    *)
        echo "unknown stage '$1': use build, test, staging-request, staging or prod" >&2
        exit 2
        ;;
esac
