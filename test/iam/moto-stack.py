"""Deploys a CloudFormation template into moto and prints what it created, as JSON.

Usage: moto-stack.py ENDPOINT TEMPLATE_FILE KEY=VALUE...  (stack parameters)

Runs with the project virtualenv's boto3 (moto's own dependency); the test suite has no
CloudFormation or IAM client of its own. An OIDC provider for GitHub is created first, as an
account that already has one would, and passed as ExistingOidcProviderArn: moto's CloudFormation
does not model AWS::IAM::OIDCProvider.
"""
import ast
import json
import sys
import time

import boto3

endpoint, template_file, *pairs = sys.argv[1:]
session = boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="ap-northeast-1")
iam = session.client("iam", endpoint_url=endpoint)
cfn = session.client("cloudformation", endpoint_url=endpoint)
ssm = session.client("ssm", endpoint_url=endpoint)

provider = iam.create_open_id_connect_provider(
    Url="https://token.actions.githubusercontent.com", ClientIDList=["sts.amazonaws.com"]
)["OpenIDConnectProviderArn"]
parameters = [{"ParameterKey": "ExistingOidcProviderArn", "ParameterValue": provider}]
for pair in pairs:
    key, value = pair.split("=", 1)
    parameters.append({"ParameterKey": key, "ParameterValue": value})

with open(template_file, encoding="utf8") as f:
    body = f.read()
cfn.create_stack(
    StackName="amipipe", TemplateBody=body, Parameters=parameters, Capabilities=["CAPABILITY_NAMED_IAM"]
)
for _ in range(120):
    stack = cfn.describe_stacks(StackName="amipipe")["Stacks"][0]
    if not stack["StackStatus"].endswith("IN_PROGRESS"):
        break
    time.sleep(0.5)

def document(value):
    """A policy or document as moto hands it back: a dict, JSON text, or (for some it stored from a
    template object) that object's Python repr."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return ast.literal_eval(value)


roles = {}
for role in iam.list_roles()["Roles"]:
    name = role["RoleName"]
    detail = iam.get_role(RoleName=name)["Role"]
    policies = {}
    for policy_name in iam.list_role_policies(RoleName=name)["PolicyNames"]:
        policies[policy_name] = document(iam.get_role_policy(RoleName=name, PolicyName=policy_name)["PolicyDocument"])
    roles[name] = {
        "trust": document(detail["AssumeRolePolicyDocument"]),
        "maxSessionDuration": detail.get("MaxSessionDuration"),
        "policies": policies,
        "managed": [p["PolicyArn"] for p in iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]],
    }
profiles = {
    p["InstanceProfileName"]: [r["RoleName"] for r in p["Roles"]]
    for p in iam.list_instance_profiles()["InstanceProfiles"]
}
documents = {}
identifiers = []
for page in ssm.get_paginator("list_documents").paginate(Filters=[{"Key": "Owner", "Values": ["Self"]}]):
    identifiers.extend(page["DocumentIdentifiers"])
for doc in identifiers:
    got = ssm.get_document(Name=doc["Name"])
    documents[doc["Name"]] = {"type": got["DocumentType"], "content": document(got["Content"])}

json.dump(
    {
        "provider": provider,
        "status": stack["StackStatus"],
        "reason": stack.get("StackStatusReason"),
        "outputs": {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])},
        "roles": roles,
        "profiles": profiles,
        "documents": documents,
    },
    sys.stdout,
    default=str,
)
