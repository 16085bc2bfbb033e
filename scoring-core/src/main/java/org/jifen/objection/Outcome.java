package org.jifen.objection;

/** What the self-governance group decided: the objection holds (the entry is corrected) or it does not. */
public enum Outcome {
    UPHELD, DISMISSED;

    ObjectionStatus status() {
        return this == UPHELD ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
    }
}
