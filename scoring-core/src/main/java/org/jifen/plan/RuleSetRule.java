package org.jifen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jifen.engine.CapWindow;
import org.jifen.engine.RuleInfo;
import org.jspecify.annotations.Nullable;

/** One rule of a plan version as written: kept so that a trace or a month view needs no compiled plan. */
@Entity
@Table(name = "rule_set_rule")
public class RuleSetRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "rule_set_id", insertable = false, updatable = false)
    private long ruleSetId;

    private String name;

    @Column(name = "file_name")
    private String fileName;

    private int line;

    private String source;

    @Column(name = "points_cap")
    private @Nullable Integer cap;

    @Enumerated(EnumType.STRING)
    @Column(name = "cap_window")
    private CapWindow capWindow;

    @Column(name = "cap_by")
    private @Nullable String capBy;

    protected RuleSetRule() {
        this.name = "";
        this.fileName = "";
        this.source = "";
        this.capWindow = CapWindow.MONTH;
    }

    RuleSetRule(long villageId, RuleInfo rule) {
        this.villageId = villageId;
        this.name = rule.name();
        this.fileName = rule.file();
        this.line = rule.line();
        this.source = rule.source();
        this.cap = rule.cap();
        this.capWindow = rule.capWindow();
        this.capBy = rule.capBy();
    }

    /** The event attribute each of whose values has a cap of its own (ADR 0155), or null. */
    public @Nullable String getCapBy() {
        return capBy;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public String getName() {
        return name;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLine() {
        return line;
    }

    public String getSource() {
        return source;
    }

    public @Nullable Integer getCap() {
        return cap;
    }

    public CapWindow getCapWindow() {
        return capWindow;
    }
}
