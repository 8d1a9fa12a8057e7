package com.regionops.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What our forms let a person write: the keys the guard on task writes accepts. */
class TaskFormFieldsTest {

  static TaskFormFields form(String name) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("forms", name + ".form"))) {
      return TaskFormFields.parse(in);
    }
  }

  @Test
  void anApproverWritesOnlyTheAnswerAndTheComment() throws IOException {
    TaskFormFields approve = form("approve-adjustment");

    assertThat(approve.editable()).containsOnlyKeys("approvalDecision", "approvalComment");
    assertThat(approve.readOnly()).containsKeys("nodeName", "delayDays", "newPlannedFinish")
        .doesNotContainKeys("approverChain", "loopCounter", "nrOfInstances", "adjustmentId");
    assertThat(approve.labelOf("delayDays")).isEqualTo("延误天数（负数为提前）");
    assertThat(approve.labelOf("loopCounter")).isEqualTo("loopCounter");
    // the listener records both in the request's trail: no variable rows of their own
    assertThat(approve.transientKeys()).containsExactlyInAnyOrder("approvalDecision", "approvalComment");
  }

  /**
   * Only answers a listener records elsewhere in the completion's own transaction may be transient: anything a gateway,
   * a later step or a report reads must stay a variable. A new transient field is added here on purpose.
   */
  @Test
  void theTransientFieldsAreTheAnswersThatListenersRecord() throws IOException {
    java.util.Set<String> all = new java.util.TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.toList()) {
        all.addAll(form(file.getFileName().toString().replace(".form", "")).transientKeys());
      }
    }
    // RecordApprovalListener and RecordConfirmationListener keep these in ro_plan_adjustment_approval and the
    // completion report's steps
    assertThat(all).containsExactly("approvalComment", "approvalDecision", "confirmationComment", "confirmationDecision");
  }

  @Test
  void onlyAnEditableFieldMarkedTransientIsWrittenAsTransient() throws IOException {
    TaskFormFields fields = TaskFormFields.parse(new java.io.ByteArrayInputStream("""
        {"components": [
          {"type": "textfield", "key": "a", "properties": {"transient": "true"}},
          {"type": "textfield", "key": "b", "properties": {"transient": "false"}},
          {"type": "textfield", "key": "c", "properties": {"other": "true"}},
          {"type": "textfield", "key": "d", "readonly": true, "properties": {"transient": "true"}},
          {"type": "textfield", "key": "e"}
        ]}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(fields.editable()).containsOnlyKeys("a", "b", "c", "e");
    assertThat(fields.transientKeys()).containsExactly("a");
  }

  @Test
  void theFieldsTheAuditFoundTamperedWithAreInNoTaskForm() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> !f.getFileName().toString().endsWith("-start.form")).toList()) {
        TaskFormFields fields = form(file.getFileName().toString().replace(".form", ""));
        assertThat(fields.editable()).as(file.toString())
            .doesNotContainKeys("escalateToGroup", "projectCode", "nodeCode", "readiness", "readinessMissing",
                "nrOfActiveInstances", "nrOfInstances", "loopCounter", "decisionId", "chaseId", "adjustmentId",
                "approverChain", "approverGroup");
        assertThat(fields.editable().keySet()).as(file.toString()).doesNotContainAnyElementsOf(fields.readOnly().keySet());
      }
    }
  }

  @Test
  void aCorrectionPlanWritesItsFourFields() throws IOException {
    assertThat(form("plan-correction").editable())
        .containsOnlyKeys("cause", "measures", "forecastFinish", "needsAdjustment");
    assertThat(form("record-minutes").readOnly()).containsKey("readinessMissing");
  }

  @Test
  void onlyKnownInputsWithoutFlagsAreEditable() throws IOException {
    TaskFormFields fields = TaskFormFields.parse(new java.io.ByteArrayInputStream("""
        {"components": [
          {"type": "textfield", "key": "a", "readonly": false, "disabled": false},
          {"type": "textfield", "key": "b", "readonly": "=true"},
          {"type": "textfield", "key": "c", "disabled": true},
          {"type": "filepicker", "key": "e"},
          {"type": "textfield", "key": "f.g"},
          {"type": "group", "components": [{"type": "textarea", "key": "d"}]},
          {"type": "group", "path": "p", "components": [{"type": "textarea", "key": "h"}]}
        ]}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(fields.editable()).containsOnlyKeys("a", "d");
    assertThat(fields.readOnly()).containsOnlyKeys("b", "c", "e");
  }
}
