/**
 * Which months of a village are finalised (定稿): approved by the self-governance group and from then on immutable.
 * It sits below scoring so that recording an event can refuse a finalised month without a cycle between packages.
 */
@NullMarked
package org.jifen.finalisation;

import org.jspecify.annotations.NullMarked;
