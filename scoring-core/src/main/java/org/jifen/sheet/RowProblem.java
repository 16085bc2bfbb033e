package org.jifen.sheet;

/** Something wrong in one row of a clerk's file, said so that the clerk finds the cell: the message names it. */
public record RowProblem(String file, int line, String message) {
}
