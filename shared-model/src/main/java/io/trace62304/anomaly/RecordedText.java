package io.trace62304.anomaly;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What problem reports record about an anomaly: a field's text from one report as it is, from several reports
 * one "KEY: text" line each, and empty when none records it.
 */
final class RecordedText {
    private final List<ItemState> reports;

    RecordedText(final List<ItemState> reports) {
        this.reports = List.copyOf(reports);
    }

    String field(final ItemField field) {
        List<ItemState> recording = reports.stream()
                .filter(report -> !report.field(field.fieldName()).isBlank())
                .toList();
        if (recording.size() == 1) {
            return recording.get(0).field(field.fieldName());
        }
        return recording.stream()
                .map(report -> report.key() + ": " + report.field(field.fieldName()))
                .collect(Collectors.joining("\n"));
    }

    Evaluation evaluation() {
        return field(ItemField.RISK_EVALUATION).isBlank() ? Evaluation.NOT_EVALUATED : Evaluation.EVALUATED;
    }

    List<String> keys() {
        return reports.stream().map(ItemState::key).toList();
    }
}
