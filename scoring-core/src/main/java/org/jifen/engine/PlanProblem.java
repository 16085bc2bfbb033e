package org.jifen.engine;

/** Why a plan cannot be used, where: the file, the line (0 when the problem is not on one line), in Chinese. */
public record PlanProblem(String file, int line, String message) {
}
