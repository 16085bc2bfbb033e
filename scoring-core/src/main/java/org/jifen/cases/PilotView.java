package org.jifen.cases;

import java.time.Instant;

/** A pilot village, with who named it when. */
public record PilotView(String village, String name, String designatedBy, Instant designatedAt) {
}
