package org.jifen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jifen.engine.PlanProblem;
import org.jspecify.annotations.Nullable;

/** A warning the checks gave a version at its upload, kept with it so that it is shown again before activation. */
@Entity
@Table(name = "rule_set_warning")
class RuleSetWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    private int position;

    @Column(name = "file_name")
    private String fileName;

    private int line;

    private @Nullable String cell;

    private String message;

    protected RuleSetWarning() {
        this.fileName = "";
        this.message = "";
    }

    RuleSetWarning(long villageId, int position, PlanProblem warning) {
        this.villageId = villageId;
        this.position = position;
        this.fileName = warning.file().length() > 120 ? warning.file().substring(0, 120) : warning.file();
        this.line = warning.line();
        this.cell = warning.cell();
        this.message = warning.message();
    }

    int position() {
        return position;
    }

    PlanProblem problem() {
        return new PlanProblem(fileName, line, cell, message);
    }
}
