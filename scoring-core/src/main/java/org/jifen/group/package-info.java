/** The village's self-governance points group (积分管理自治小组), whose members approve each month. */
@NullMarked
package org.jifen.group;

import org.jspecify.annotations.NullMarked;
