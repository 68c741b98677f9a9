package io.keyprojects.issues.issue;

public enum IssueSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
