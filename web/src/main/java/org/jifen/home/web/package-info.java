/**
 * A village's home page (the village admin's start): a package of its own above the features it shows, its plan,
 * households, groups, month and quarter, so that the village itself depends on none of them (ADR 0141).
 */
@NullMarked
package org.jifen.home.web;

import org.jspecify.annotations.NullMarked;
