"""Scans IAM policy files with cloudsplaining and prints its findings per file, as JSON.

Usage: cloudsplaining-scan.py FILE...

Two scans, both without exclusions: the default one (actions allowed without resource
constraints) and the full one (every risky action, whatever its resources and conditions).
"""
import json
import sys

from cloudsplaining.command.scan_policy_file import scan_policy

RISKS = ["PrivilegeEscalation", "DataExfiltration", "ResourceExposure", "CredentialsExposure", "ServiceWildcard"]


def findings(results):
    out = {}
    for risk in RISKS:
        found = results.get(risk, {}).get("findings", [])
        if found:
            out[risk] = [f["type"] if isinstance(f, dict) else f for f in found]
    return out


report = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf8") as f:
        policy = json.load(f)
    report[path] = {
        "default": findings(scan_policy(policy, exclusions_config={})),
        "full": findings(
            scan_policy(policy, exclusions_config={}, flag_conditional_statements=True, flag_resource_arn_statements=True)
        ),
    }
json.dump(report, sys.stdout)
