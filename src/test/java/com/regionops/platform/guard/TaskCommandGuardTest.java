package com.regionops.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.platform.web.InputRejectedException;
import com.regionops.support.PlainEngine;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guard on what a person writes through a task, on the plain engine with the app's plugin:
 * a two-step process whose first task's form has two editable and four read-only fields, and whose
 * second task has no form. The processes' own tests show each known tampering refused in its real
 * model (see the access matrix).
 */
class TaskCommandGuardTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final String FORM = """
      {"id": "guard-answer", "type": "default", "schemaVersion": 16, "components": [
        {"type": "text", "text": "## {{subject}}", "id": "Text_1"},
        {"type": "textfield", "key": "subject", "label": "事项", "readonly": true, "id": "Field_1"},
        {"type": "number", "key": "amount", "label": "金额", "readonly": true, "id": "Field_2"},
        {"type": "checkbox", "key": "urgent", "label": "紧急", "readonly": true, "id": "Field_3"},
        {"type": "group", "label": "办理", "id": "Group_1", "components": [
          {"type": "radio", "key": "answer", "label": "结论", "id": "Field_4",
           "values": [{"label": "同意", "value": "YES"}, {"label": "不同意", "value": "NO"}]},
          {"type": "textarea", "key": "note", "label": "意见", "id": "Field_5"},
          {"type": "textfield", "key": "receipt", "label": "回执", "id": "Field_7", "properties": {"transient": "true"}},
          {"type": "textfield", "key": "stamp", "label": "盖章", "disabled": true, "id": "Field_6"}
        ]}
      ]}
      """;

  ProcessEngine engine;
  TaskService tasks;
  ProcessInstance instance;
  Task answer;

  @BeforeEach
  void deployAndStart() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("Process_GuardFixture").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Answer").name("答复").camundaCandidateGroups("region-ops")
        .camundaFormRef("guard-answer").camundaFormRefBinding("deployment")
        // what a completion's own listener sees of a transient answer (the plan adjustment's records it elsewhere)
        .camundaTaskListenerExpression("complete", "${task.hasVariable('receipt')"
            + " ? task.execution.setVariable('receiptSeen', task.getVariable('receipt')) : null}")
        .userTask("Task_Next").name("下一步").camundaCandidateGroups("region-ops") // no form
        .endEvent().done();
    engine.getRepositoryService().createDeployment().tenantId("SOUTH").addModelInstance("guard.bpmn", model)
        .addString("guard-answer.form", FORM).deploy();
    instance = engine.getRuntimeService().startProcessInstanceByKey("Process_GuardFixture",
        Map.of("subject", "报建资料", "amount", 120, "level", "L1", "escalateTo", "region-ops"));
    tasks = engine.getTaskService();
    answer = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getIdentityService().setAuthentication("ops.south", List.of("region-ops"), List.of("SOUTH"));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().createDeploymentQuery().list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  Object variable(String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  String currentTask() {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey();
  }

  static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.field()).isEqualTo(field);
    });
  }

  @Test
  void aCompletionWritesTheFormsEditableFields() {
    tasks.complete(answer.getId(), Map.of("answer", "YES", "note", "同意上会"));

    assertThat(currentTask()).isEqualTo("Task_Next");
    assertThat(variable("answer")).isEqualTo("YES");
    assertThat(variable("note")).isEqualTo("同意上会");
  }

  /** A field the form marks transient reaches the completion's listeners and is then gone, history and all. */
  @Test
  void aTransientAnswerIsSeenByTheCompletionAndLeavesNoRow() {
    tasks.complete(answer.getId(), Map.of("answer", "YES", "receipt", "已收到"));

    assertThat(currentTask()).isEqualTo("Task_Next");
    assertThat(variable("receiptSeen")).isEqualTo("已收到");
    assertThat(variable("receipt")).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("receipt").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .contains("answer").doesNotContain("receipt");
  }

  @Test
  void aSerializedObjectSentForATransientFieldGoesOnAsSent() {
    tasks.complete(answer.getId(), Variables.createVariables().putValue("answer", "YES").putValueTyped("receipt",
        Variables.serializedObjectValue("[\"已收到\"]").serializationDataFormat("application/json")
            .objectTypeName("java.util.ArrayList").create()));

    assertThat(currentTask()).isEqualTo("Task_Next");
    assertThat(variable("receipt")).isEqualTo(List.of("已收到"));
  }

  @Test
  void withoutAPersonATransientFieldIsAnOrdinaryVariable() {
    engine.getIdentityService().clearAuthentication();
    tasks.complete(answer.getId(), Map.of("answer", "YES", "receipt", "已收到"));

    assertThat(variable("receiptSeen")).isEqualTo("已收到");
    assertThat(variable("receipt")).isEqualTo("已收到");
  }

  @Test
  void aVariableTheFormDoesNotHaveIsRefusedAndNothingIsWritten() {
    refused(() -> tasks.complete(answer.getId(), Map.of("answer", "YES", "escalateTo", "office-gz01")), "escalateTo");
    refused(() -> tasks.complete(answer.getId(), Map.of("nrOfActiveInstances", 0)), "nrOfActiveInstances");

    assertThat(currentTask()).isEqualTo("Task_Answer");
    assertThat(variable("escalateTo")).isEqualTo("region-ops");
    assertThat(variable("answer")).isNull();
  }

  @Test
  void aTaskWithoutAFormTakesNoVariables() {
    tasks.complete(answer.getId(), Map.of("answer", "YES"));
    String next = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    refused(() -> tasks.complete(next, Map.of("answer", "NO")), "answer");
    tasks.complete(next);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void aReadOnlyFieldSentBackUnchangedIsAcceptedAndNotWrittenAgain() {
    tasks.complete(answer.getId(), Variables.createVariables()
        .putValueTyped("subject", Variables.stringValue("报建资料"))
        .putValueTyped("amount", Variables.longValue(120L)) // the same number in another type
        .putValueTyped("urgent", Variables.booleanValue(false)) // not held by the instance: shown unticked
        .putValueTyped("stamp", Variables.stringValue(""))
        .putValue("answer", "NO"));

    assertThat(currentTask()).isEqualTo("Task_Next");
    assertThat(variable("amount")).isEqualTo(120); // still the Integer the process wrote
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("urgent", "stamp");
    assertThat(engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
        .processInstanceId(instance.getId()).list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .containsOnly("subject", "amount", "level", "escalateTo", "answer"); // the start's four, and the answer
  }

  @Test
  void aReadOnlyFieldSentBackChangedIsRefused() {
    refused(() -> tasks.complete(answer.getId(), Map.of("answer", "YES", "subject", "另一件事")), "subject");
    refused(() -> tasks.complete(answer.getId(), Map.of("amount", 121)), "amount");
    refused(() -> tasks.complete(answer.getId(), Map.of("urgent", true)), "urgent");
    refused(() -> tasks.complete(answer.getId(), Map.of("stamp", "已盖章")), "stamp");

    assertThat(currentTask()).isEqualTo("Task_Answer");
    assertThat(variable("subject")).isEqualTo("报建资料");
    assertThat(variable("amount")).isEqualTo(120);
  }

  @Test
  void valuesPassOnWithTheTypeTheyWereSentIn() {
    // With a read-only echo dropped, the rest is handed on as sent: a serialized value stays serialized
    // for the serializers to judge (the app refuses it there: SerializedObjectGuard, hostile case erv-003).
    tasks.complete(answer.getId(), Variables.createVariables()
        .putValueTyped("subject", Variables.stringValue("报建资料"))
        .putValueTyped("note", Variables.serializedObjectValue("{\"a\":1}").serializationDataFormat("application/json")
            .objectTypeName("java.util.HashMap").create())
        .putValueTyped("answer", Variables.stringValue("YES")));

    Object note = engine.getRuntimeService().getVariableTyped(instance.getId(), "note", false);
    assertThat(note).isInstanceOf(org.camunda.bpm.engine.variable.value.ObjectValue.class);
  }

  @Test
  void theRefusalNamesTheFieldByItsLabel() {
    assertThatThrownBy(() -> tasks.complete(answer.getId(), Map.of("subject", "x")))
        .hasMessageContaining("事项").hasMessageContaining("只供查看");
    assertThatThrownBy(() -> tasks.complete(answer.getId(), Map.of("level", "L3")))
        .hasMessageContaining("表单没有这一项");
    assertThatThrownBy(() -> tasks.setVariable(answer.getId(), "note", "x"))
        .hasMessageContaining("只能在办理任务时随表单一并提交");
  }

  @Test
  void submittingTheFormFollowsTheSameRules() {
    refused(() -> engine.getFormService().submitTaskForm(answer.getId(), Map.of("answer", "YES", "level", "L3")),
        "level");
    engine.getFormService().submitTaskForm(answer.getId(), Map.of("answer", "YES", "subject", "报建资料"));

    assertThat(currentTask()).isEqualTo("Task_Next");
    assertThat(variable("level")).isEqualTo("L1");
  }

  @Test
  void variablesTravelWithTheCompletionOnlyNotSetOnTheTask() {
    // A task-local answer set first would be what the listeners check, while the process went on
    // with the completion's own (found by a review of this guard).
    refused(() -> tasks.setVariableLocal(answer.getId(), "answer", "NO"), "answer");
    refused(() -> tasks.setVariable(answer.getId(), "note", "草稿"), "note");
    refused(() -> tasks.setVariable(answer.getId(), "level", "L3"), "level");
    refused(() -> tasks.setVariables(answer.getId(), Map.of("subject", "改了")), "subject");
    refused(() -> tasks.removeVariable(answer.getId(), "escalateTo"), "escalateTo");
    refused(() -> tasks.removeVariableLocal(answer.getId(), "note"), "note");
    refused(() -> ((TaskServiceImpl) tasks).updateVariables(answer.getId(), Map.of(), List.of("level")), "level");

    assertThat(tasks.getVariablesLocal(answer.getId())).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .containsEntry("level", "L1").containsEntry("escalateTo", "region-ops").doesNotContainKeys("note", "answer");
  }

  @Test
  void onlyCamundaAdminChangesATasksCandidates() {
    assertThatThrownBy(() -> tasks.addCandidateGroup(answer.getId(), "office-gz01"))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.field()).isEqualTo("groupId");
        });
    assertThatThrownBy(() -> tasks.deleteCandidateGroup(answer.getId(), "region-ops"))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> tasks.addCandidateUser(answer.getId(), "office.gz01"))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    assertThat(candidateGroups()).containsExactly("region-ops");

    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"), List.of("SOUTH"));
    tasks.addCandidateGroup(answer.getId(), "region-president");
    tasks.deleteCandidateGroup(answer.getId(), "region-ops");
    assertThat(candidateGroups()).containsExactly("region-president");
  }

  List<String> candidateGroups() {
    return tasks.getIdentityLinksForTask(answer.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
  }

  @Test
  void resolvingADelegatedTaskFollowsTheSameRules() {
    engine.getIdentityService().clearAuthentication();
    tasks.delegateTask(answer.getId(), "ops.south");
    engine.getIdentityService().setAuthentication("ops.south", List.of("region-ops"), List.of("SOUTH"));

    refused(() -> tasks.resolveTask(answer.getId(), Map.of("escalateTo", "office-gz01")), "escalateTo");
    tasks.resolveTask(answer.getId(), Map.of("note", "已核"));

    assertThat(variable("escalateTo")).isEqualTo("region-ops");
    assertThat(variable("note")).isEqualTo("已核");
  }

  @Test
  void aTaskGoesOnlyToMembersOfItsGroupsInItsRegion() {
    IdentityService identities = engine.getIdentityService();
    identities.clearAuthentication();
    member("ops.two", "region-ops", "SOUTH");
    member("ops.far", "region-ops", "EAST");
    member("office.x", "office-x", "SOUTH");
    try {
      identities.setAuthentication("ops.south", List.of("region-ops"), List.of("SOUTH"));
      refused(() -> tasks.setAssignee(answer.getId(), "office.x"), "userId");
      refused(() -> tasks.claim(answer.getId(), "office.x"), "userId");
      refused(() -> tasks.delegateTask(answer.getId(), "office.x"), "userId");
      refused(() -> tasks.setOwner(answer.getId(), "office.x"), "userId");
      refused(() -> tasks.setAssignee(answer.getId(), "ops.far"), "userId"); // region-ops, but of EAST
      assertThat(tasks.createTaskQuery().taskId(answer.getId()).singleResult().getAssignee()).isNull();

      tasks.claim(answer.getId(), "ops.south");
      tasks.setAssignee(answer.getId(), "ops.two");
      tasks.setAssignee(answer.getId(), null);
      assertThat(tasks.createTaskQuery().taskId(answer.getId()).singleResult().getAssignee()).isNull();
      identities.setAuthentication("admin", List.of("camunda-admin"), List.of("SOUTH"));
      tasks.setAssignee(answer.getId(), "office.x");
      assertThat(tasks.createTaskQuery().taskId(answer.getId()).singleResult().getAssignee()).isEqualTo("office.x");
    } finally {
      identities.clearAuthentication();
      List.of("ops.two", "ops.far", "office.x").forEach(identities::deleteUser);
      identities.deleteGroup("office-x");
      identities.deleteGroup("region-ops");
      identities.deleteTenant("SOUTH");
      identities.deleteTenant("EAST");
    }
  }

  void member(String user, String group, String tenant) {
    IdentityService identities = engine.getIdentityService();
    identities.saveUser(identities.newUser(user));
    if (identities.createGroupQuery().groupId(group).count() == 0) {
      identities.saveGroup(identities.newGroup(group));
    }
    if (identities.createTenantQuery().tenantId(tenant).count() == 0) {
      identities.saveTenant(identities.newTenant(tenant));
    }
    identities.createMembership(user, group);
    identities.createTenantUserMembership(tenant, user);
  }

  @Test
  void aPersonCannotThrowABpmnErrorOrEscalationFromATask() {
    refused(() -> tasks.handleBpmnError(answer.getId(), "ANY"), "errorCode");
    refused(() -> tasks.handleEscalation(answer.getId(), "ANY"), "escalationCode");
    assertThat(currentTask()).isEqualTo("Task_Answer");

    // Why: uncaught, the same error from the engine's own side ends the whole instance.
    engine.getIdentityService().clearAuthentication();
    tasks.handleBpmnError(answer.getId(), "ANY");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void theEnginesOwnCallsAreNotChecked() {
    engine.getIdentityService().clearAuthentication();
    tasks.complete(answer.getId(), Map.of("level", "L3", "when", new Date(0)));

    assertThat(variable("level")).isEqualTo("L3");
  }

  @Test
  void aTaskThatIsGoneIsLeftToTheEngineToReport() {
    tasks.complete(answer.getId(), Map.of("answer", "YES"));

    assertThatThrownBy(() -> tasks.complete(answer.getId(), Map.of("level", "L3")))
        .isNotInstanceOf(InputRejectedException.class);
  }

  @Test
  void emptyAndNumericComparisons() {
    assertThat(TaskCommandGuard.unchanged(null, "")).isTrue();
    assertThat(TaskCommandGuard.unchanged(null, false)).isTrue();
    assertThat(TaskCommandGuard.unchanged(null, List.of())).isTrue();
    assertThat(TaskCommandGuard.unchanged(null, "x")).isFalse();
    assertThat(TaskCommandGuard.unchanged(null, true)).isFalse();
    assertThat(TaskCommandGuard.unchanged("", null)).isTrue();
    assertThat(TaskCommandGuard.unchanged(false, null)).isFalse();
    assertThat(TaskCommandGuard.unchanged(5, 5.0d)).isTrue();
    assertThat(TaskCommandGuard.unchanged(5, 5.5d)).isFalse();
    assertThat(TaskCommandGuard.unchanged(Double.NaN, Double.NaN)).isTrue();
    assertThat(TaskCommandGuard.unchanged(5, "5")).isFalse();
    assertThat(TaskCommandGuard.unchanged(new Date(7), Variables.dateValue(new Date(7)))).isTrue();
    assertThat(TaskCommandGuard.unchanged(Variables.stringValue("a"), Variables.stringValue("b"))).isFalse();
  }
}
