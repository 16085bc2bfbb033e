package org.jifen.cases;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Publishing a shortlisted case, with a note (where it was published, for instance). */
public record CasePublication(@Size(max = 500) @Nullable String note) {
}
