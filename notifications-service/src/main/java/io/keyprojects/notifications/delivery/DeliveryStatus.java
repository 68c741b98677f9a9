package io.keyprojects.notifications.delivery;

/** PENDING (due or waiting for a retry) → DELIVERED (a 2xx) or FAILED (retries exhausted, or the endpoint is gone). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
