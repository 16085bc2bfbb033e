/**
 * The rules engine: compiles a village plan into a Drools KieBase and runs facts through it. The only package
 * that touches {@code org.kie} or {@code org.drools} (ArchitectureTest keeps it so).
 */
@NullMarked
package org.jifen.engine;

import org.jspecify.annotations.NullMarked;
