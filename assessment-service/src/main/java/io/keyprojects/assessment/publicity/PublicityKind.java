package io.keyprojects.assessment.publicity;

/** What a publicity case is: a model to follow (先进典型) or obstruction made public (曝光). */
public enum PublicityKind {
    MODEL_CASE, EXPOSURE
}
