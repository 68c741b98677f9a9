"""Verifies a Standard Webhooks 1.0 delivery of the Key Projects Platform with the standard library only.

Run: python3 verify_webhook.py <secret> <webhook-id> <webhook-timestamp> <webhook-signature> <body-file>
"""
import base64
import hashlib
import hmac
import sys
import time

TOLERANCE_SECONDS = 5 * 60


def verify(secret: str, msg_id: str, timestamp: str, signature_header: str, body: bytes, now: float) -> bool:
    # 1. refuse stale or future timestamps (replays)
    if abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    # 2. the key is the base64 part of whsec_..., decoded
    key = base64.b64decode(secret[len("whsec_"):])
    # 3. sign "<id>.<timestamp>.<raw body>" exactly as received (do not re-serialise the JSON)
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = hmac.new(key, signed, hashlib.sha256).digest()
    # 4. the header holds one or more space-separated "v1,<base64>"; any match is enough (secret rotation)
    for candidate in signature_header.split(" "):
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(expected, base64.b64decode(value)):
            return True
    return False


if __name__ == "__main__":
    secret, msg_id, timestamp, header, body_file = sys.argv[1:6]
    with open(body_file, "rb") as f:
        body = f.read()
    valid = verify(secret, msg_id, timestamp, header, body, time.time())
    print("valid" if valid else "invalid")
    sys.exit(0 if valid else 1)
