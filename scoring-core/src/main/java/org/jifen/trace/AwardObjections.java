package org.jifen.trace;

import java.util.List;

/**
 * The objections that concern an entry, for its trace. Implemented where objections live, so that the trace does not
 * depend on them (objections depend on corrections, which depend on the trace's {@link AwardNotFound}).
 */
public interface AwardObjections {

    /** Objections raised against the entry, and the one whose upholding made it, oldest first. */
    List<AwardTrace.ObjectionPart> on(long awardId);
}
