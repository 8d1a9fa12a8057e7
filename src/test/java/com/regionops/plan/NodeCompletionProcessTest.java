package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static com.regionops.support.Rejections.rejectedMessage;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.document.DocumentMapper;
import com.regionops.document.MaterialFiles;
import com.regionops.document.OwnerType;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/node-completion.bpmn", "dmn/node-completion-confirmation.dmn",
    "forms/node-completion-start.form", "forms/submit-deliverables.form", "forms/confirm-completion.form",
    "forms/correct-completion-report.form"})
class NodeCompletionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
  /** The seeded standard template (V18): M01 拿地 requires 土地出让合同扫描件, the other two are optional. */
  static final String TEMPLATE = "STANDARD_RESIDENTIAL";

  ProcessEngine engine;
  ProcessTestSupport support;
  PlanNodeMapper nodes;
  NodeCompletionService service;
  /** slot → file names of each plan node, standing in for uploads (the store is DocumentApiIT's). */
  final Map<String, Map<String, List<String>>> files = new HashMap<>();
  final List<String> openings = new ArrayList<>();
  String templateNode;
  List<PlanTemplate.Deliverable> templateDeliverables;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(at(TODAY.atTime(9, 0)));
    support = new ProcessTestSupport(engine);
    nodes = support.session.getMapper(PlanNodeMapper.class);
    PlanTemplateMapper templates = support.session.getMapper(PlanTemplateMapper.class);
    String p = support.project.code();
    nodes.insert(node(p, "ZD3", NodeLevel.L3, NodeCategory.DESIGN, "施工图设计完成"));
    nodes.insert(node(p, "ZP1", NodeLevel.L1, NodeCategory.PERMIT, "取得建设工程规划许可证"));
    nodes.insert(node(p, "ZM08", NodeLevel.MILESTONE, NodeCategory.OPENING, "首次开盘"));
    templateNode = "M01";
    nodes.insert(node(p, templateNode, NodeLevel.L2, NodeCategory.CONSTRUCTION, "模板节点"));
    templates.setProjectTemplate(p, TEMPLATE, 1);
    templateDeliverables = templates.findNodeDeliverables(p, templateNode);
    Assertions.assertThat(templateDeliverables).extracting(PlanTemplate.Deliverable::mandatory)
        .containsExactly(true, false, false);
    MaterialFiles fakeFiles = new MaterialFiles(support.session.getMapper(DocumentMapper.class)) {
      @Override
      public Map<String, List<String>> bySlot(OwnerType ownerType, Object ownerId) {
        Assertions.assertThat(ownerType).isEqualTo(OwnerType.PLAN_NODE);
        return files.getOrDefault(String.valueOf(ownerId), Map.of());
      }
    };
    service = new NodeCompletionService(nodes, support.session.getMapper(NodeCompletionMapper.class),
        support.session.getMapper(NodeStatusMapper.class), templates,
        fakeFiles, new OpeningMilestone((project, day) -> openings.add(project + "@" + day)), 3);
    ApprovalChain chain = new ApprovalChain();
    CheckDeliverablesListener deliverables = new CheckDeliverablesListener(service, nodes);
    Mocks.register("approvalChain", chain);
    Mocks.register("openCompletionReportDelegate", new OpenCompletionReportDelegate(service));
    Mocks.register("checkDeliverablesListener", deliverables);
    Mocks.register("recordConfirmerChainListener", new RecordConfirmerChainListener(service));
    Mocks.register("recordConfirmationListener", new RecordConfirmationListener(service, chain));
    Mocks.register("correctReportListener", new CorrectReportListener(service, deliverables));
    Mocks.register("confirmCompletionDelegate", new ConfirmCompletionDelegate(service));
    Mocks.register("withdrawReportDelegate", new WithdrawReportDelegate(service));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(CHINA).toInstant());
  }

  static PlanNode node(String project, String code, NodeLevel level, NodeCategory category, String name) {
    return new PlanNode(null, project, code, name, level, category, null, null, null, TODAY.minusDays(30),
        TODAY.minusDays(5), null, null, 40);
  }

  ProcessInstance report(String nodeCode, LocalDate actualFinish) {
    return report(Map.of(PROJECT_CODE, support.project.code(), NODE_CODE, nodeCode, ACTUAL_FINISH,
        actualFinish.toString(), NOTE, "已完成并通过验收"));
  }

  ProcessInstance report(Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("office.test", List.of("project-office", support.officeGroup()),
        List.of(support.region.code()));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void confirm(ProcessInstance pi, String group, String decision, String comment) {
    Assertions.assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(TASK_CONFIRM);
    assertThat(task(pi)).hasCandidateGroup(group);
    engine.getIdentityService().setAuthentication("user." + group, List.of(group), List.of(support.region.code()));
    try {
      complete(task(pi), comment == null ? withVariables(CONFIRMATION_DECISION, decision)
          : withVariables(CONFIRMATION_DECISION, decision, CONFIRMATION_COMMENT, comment));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  PlanNode current(String code) {
    return nodes.findByCode(support.project.code(), code);
  }

  NodeCompletion reportOf(ProcessInstance pi) {
    return service.byProcessInstance(pi.getId());
  }

  @Test
  void anL3DesignNodeWithoutRequiredDeliverablesIsConfirmedByTheDesignFunction() {
    ProcessInstance pi = report("ZD3", TODAY.minusDays(2));

    Assertions.assertThat(pi.getBusinessKey()).startsWith(support.project.code() + ":ZD3:DONE-");
    assertThat(pi).hasPassed("Gateway_DeliverablesComplete").hasNotPassed(TASK_SUBMIT_DELIVERABLES);
    Assertions.assertThat(current("ZD3").isCompleted()).as("reported is not done").isFalse();
    Assertions.assertThat(reportOf(pi).status()).isEqualTo(CompletionStatus.REPORTED);
    Assertions.assertThat(reportOf(pi).confirmerChain()).isEqualTo("fn-design");
    confirm(pi, "fn-design", CONFIRMED, null);

    assertThat(pi).isEnded().hasPassed(END_COMPLETED);
    PlanNode done = current("ZD3");
    Assertions.assertThat(done.actualFinish()).isEqualTo(TODAY.minusDays(2));
    Assertions.assertThat(done.progressPct()).isEqualTo(100);
    NodeCompletion row = reportOf(pi);
    Assertions.assertThat(row.status()).isEqualTo(CompletionStatus.CONFIRMED);
    Assertions.assertThat(row.reportedBy()).isEqualTo("office.test");
    Assertions.assertThat(row.reportDelayDays()).isEqualTo(2);
    Assertions.assertThat(service.onTime(row)).isTrue();
    Assertions.assertThat(service.steps(row.id())).extracting(CompletionStep::userId).containsExactly("user.fn-design");
    Assertions.assertThat(openings).isEmpty();
  }

  @Test
  void missingMandatoryDeliverablesAreAskedForFirstAndChecked() {
    ProcessInstance pi = report(templateNode, TODAY.minusDays(5));

    Assertions.assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(TASK_SUBMIT_DELIVERABLES);
    assertThat(task(pi)).hasCandidateGroup(support.officeGroup());
    Map<String, Object> vars = engine.getRuntimeService().getVariables(pi.getId());
    Assertions.assertThat(vars).containsEntry(deliverable(1, "Name"), templateDeliverables.get(0).name())
        .containsEntry(deliverable(templateDeliverables.size() + 1, "Name"), NodeCompletionService.OTHER_ITEM)
        .containsEntry(DELIVERABLES_COMPLETE, false);
    String id = String.valueOf(current(templateNode).id());
    files.put(id, Map.of(templateDeliverables.get(1).name(), List.of("成交确认书.pdf")));
    Assertions.assertThat(rejectedMessage(() -> complete(task(pi)))).as("an optional item does not stand in")
        .contains("土地出让合同扫描件");

    Map<String, List<String>> all = new HashMap<>();
    templateDeliverables.forEach(d -> all.put(d.name(), List.of(d.name() + ".pdf")));
    files.put(id, all);
    complete(task(pi));

    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), DELIVERABLES_SUMMARY))
        .contains(templateDeliverables.get(0).name() + ".pdf").doesNotContain("未上传文件");
    confirm(pi, "fn-engineering", CONFIRMED, "成果齐全");
    assertThat(pi).isEnded().hasPassed(TASK_SUBMIT_DELIVERABLES, END_COMPLETED);
    Assertions.assertThat(reportOf(pi).reportDelayDays()).as("five days after the finish: late with 3 grace days")
        .isEqualTo(5);
    Assertions.assertThat(service.onTime(reportOf(pi))).isFalse();
  }

  @Test
  void aMilestoneReturnedByThePresidentIsCorrectedAndConfirmedByBothAgain() {
    ProcessInstance pi = report("ZM08", TODAY.minusDays(1));
    Assertions.assertThat(reportOf(pi).confirmerChain()).isEqualTo("region-ops,region-president");

    confirm(pi, "region-ops", CONFIRMED, null);
    Assertions.assertThat(rejectedField(() -> confirm(pi, "region-president", RETURNED, " ")))
        .isEqualTo(CONFIRMATION_COMMENT);
    confirm(pi, "region-president", RETURNED, "开盘日期以网签系统首笔认购为准，请核实");

    Assertions.assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(TASK_CORRECT);
    assertThat(task(pi)).hasCandidateGroup(support.officeGroup());
    Assertions.assertThat(reportOf(pi).status()).isEqualTo(CompletionStatus.RETURNED);
    Assertions.assertThat(reportOf(pi).returnReason()).contains("网签");
    Assertions.assertThat(current("ZM08").isCompleted()).isFalse();
    Assertions.assertThat(rejectedField(() -> complete(task(pi)))).isEqualTo(CORRECTION_ACTION);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(CORRECTION_ACTION, RESUBMIT,
        ACTUAL_FINISH, TODAY.plusDays(1).toString())))).isEqualTo(ACTUAL_FINISH);
    complete(task(pi), withVariables(CORRECTION_ACTION, RESUBMIT, ACTUAL_FINISH, TODAY.minusDays(3).toString(),
        NOTE, "以首笔认购日为准"));

    Assertions.assertThat(reportOf(pi).roundNo()).isEqualTo(2);
    confirm(pi, "region-ops", CONFIRMED, null);
    confirm(pi, "region-president", CONFIRMED, null);

    assertThat(pi).isEnded().hasPassed(TASK_CORRECT, END_COMPLETED).hasNotPassed(END_WITHDRAWN);
    Assertions.assertThat(current("ZM08").actualFinish()).isEqualTo(TODAY.minusDays(3));
    NodeCompletion row = reportOf(pi);
    Assertions.assertThat(row.note()).isEqualTo("以首笔认购日为准");
    Assertions.assertThat(row.reportDelayDays()).as("measured from the first submission").isEqualTo(3);
    Assertions.assertThat(service.steps(row.id())).extracting(s -> s.roundNo() + ":" + s.confirmerGroup() + ":" + s.decision())
        .containsExactly("1:region-ops:CONFIRMED", "1:region-president:RETURNED", "2:region-ops:CONFIRMED",
            "2:region-president:CONFIRMED");
    Assertions.assertThat(openings).as("the confirmed 开盘 starts 开盘后评估会")
        .containsExactly(support.project.code() + "@" + TODAY.minusDays(3));
  }

  @Test
  void aReturnedReportCanBeWithdrawnAndTheNodeReportedAgain() {
    ProcessInstance pi = report("ZP1", TODAY);
    Assertions.assertThat(reportOf(pi).confirmerChain()).isEqualTo("region-ops");
    confirm(pi, "region-ops", RETURNED, "许可证尚未取得正本");
    complete(task(pi), withVariables(CORRECTION_ACTION, WITHDRAW));

    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(END_COMPLETED);
    Assertions.assertThat(reportOf(pi).status()).isEqualTo(CompletionStatus.WITHDRAWN);
    Assertions.assertThat(current("ZP1").isCompleted()).isFalse();

    ProcessInstance again = report("ZP1", TODAY);
    assertThat(again).isActive();
    Assertions.assertThat(service.history(current("ZP1").id())).extracting(NodeCompletion::status)
        .containsExactly(CompletionStatus.REPORTED, CompletionStatus.WITHDRAWN);
  }

  @Test
  void reportsThatCannotBeTrueAreRefusedAndStartNothing() {
    Assertions.assertThat(rejectedField(() -> report("NOPE", TODAY))).isEqualTo(NODE_CODE);
    Assertions.assertThat(rejectedField(() -> report("ZD3", TODAY.plusDays(1)))).isEqualTo(ACTUAL_FINISH);
    Assertions.assertThat(rejectedField(() -> report(Map.of(PROJECT_CODE, support.project.code(), NODE_CODE, "ZD3",
        ACTUAL_FINISH, "明天")))).isEqualTo(ACTUAL_FINISH);
    Assertions.assertThat(rejectedField(() -> report(Map.of(PROJECT_CODE, support.project.code(), NODE_CODE, "ZD3",
        ACTUAL_FINISH, TODAY.toString(), NOTE, "长".repeat(1001))))).isEqualTo(NOTE);
    Assertions.assertThat(rejectedField(() -> report(Map.of(PROJECT_CODE, support.project.code(), NODE_CODE, "ZD3",
        ACTUAL_FINISH, TODAY.toString(), SOURCE, "CERTIFICATE")))).as("a person cannot claim the ledger's source")
        .isEqualTo(SOURCE);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    report("ZD3", TODAY);
    Assertions.assertThat(rejectedMessage(() -> report("ZD3", TODAY))).contains("已有待确认的完成填报");
    confirm(engine.getRuntimeService().createProcessInstanceQuery().singleResult(), "fn-design", CONFIRMED, null);
    Assertions.assertThat(rejectedMessage(() -> report("ZD3", TODAY))).contains("确认完成");
  }

  @Test
  void aConfirmerCannotChangeTheChainOrSkipAStep() {
    ProcessInstance pi = report("ZM08", TODAY);

    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(CONFIRMATION_DECISION, CONFIRMED,
        CONFIRMER_CHAIN, "region-ops")))).isEqualTo(CONFIRMER_CHAIN);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(CONFIRMATION_DECISION, CONFIRMED,
        CONFIRMER_GROUP, "region-president")))).isEqualTo(CONFIRMER_GROUP);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(CONFIRMATION_DECISION, "OK"))))
        .isEqualTo(CONFIRMATION_DECISION);
    confirm(pi, "region-ops", CONFIRMED, null);
    assertThat(task(pi)).hasCandidateGroup("region-president");
  }

  @Test
  void aCertificateEnteredAsObtainedReportsItsNodeThroughTheSameConfirmation() {
    new CertificateCompletion(nodes, support.session.getMapper(NodeCompletionMapper.class),
        engine.getRuntimeService(), new SystemCalls(engine.getIdentityService()))
        .obtained(current("ZP1").id(), support.project.code(), TODAY.minusDays(1), "建设工程规划许可证（建字第1号）", "ops.test");

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().singleResult();
    NodeCompletion row = reportOf(pi);
    Assertions.assertThat(row.source()).isEqualTo(CompletionSource.CERTIFICATE);
    Assertions.assertThat(row.reportedBy()).isEqualTo("ops.test");
    Assertions.assertThat(row.note()).contains("建字第1号");
    Assertions.assertThat(current("ZP1").isCompleted()).isFalse();
    confirm(pi, "region-ops", CONFIRMED, null);
    Assertions.assertThat(current("ZP1").actualFinish()).isEqualTo(TODAY.minusDays(1));
  }
}
