package com.regionops.partner;

import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.meeting.CheckReviewListener;
import com.regionops.meeting.ClearReviewListener;
import com.regionops.notification.Notification;
import com.regionops.plan.ApprovalChain;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * partner-matter with the real DMN and steps on the H2 test database: the chain the table names is walked one group
 * after another; every 同意 archives the matter, a 不同意 (with its reason) ends it at that step.
 */
@Deployment(resources = {"processes/partner-matter.bpmn", "dmn/partner-matter-approval.dmn",
    "forms/approve-partner-matter.form"})
class PartnerMatterProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;
  ProcessTestSupport support;
  PartnerMatterMapper mapper;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2026, 12, 1, 10, 0)));
    support = new ProcessTestSupport(engine);
    mapper = support.session.getMapper(PartnerMatterMapper.class);
    // the steps touch only the matter's rows: the service's other collaborators are the API's
    PartnerMatterService service = new PartnerMatterService(mapper, null, null, null, null, null);
    PartnerMatterSteps steps = new PartnerMatterSteps();
    Mocks.register("approvalChain", new ApprovalChain());
    Mocks.register("clearReviewListener", new ClearReviewListener());
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("recordPartnerApprovalListener", steps.recordApproval(service));
    Mocks.register("approvePartnerMatterDelegate", steps.approve(service, support.notifications));
    Mocks.register("rejectPartnerMatterDelegate", steps.reject(service, support.notifications));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance submit(MatterKind kind, String amount, OperatingMode mode) {
    KeyedRow<PartnerMatter> row = new KeyedRow<>(new PartnerMatter(null, support.project.code(),
        support.region.code(), kind, kind.label() + "事项", new BigDecimal(amount), null, null, mode,
        PartnerMatter.IN_APPROVAL, null, "office.submitter", EngineTime.now(), null, null));
    mapper.insert(row);
    Map<String, Object> variables = new HashMap<>();
    variables.put(PartnerMatterProcess.PROJECT_CODE, support.project.code());
    variables.put(PartnerMatterProcess.MATTER_ID, row.getId());
    variables.put(PartnerMatterProcess.KIND, kind.name());
    variables.put(PartnerMatterProcess.AMOUNT, Double.parseDouble(amount));
    variables.put(PartnerMatterProcess.MODE, mode.name());
    variables.put(PartnerMatterProcess.TITLE, kind.label() + "事项");
    return engine.getRuntimeService().startProcessInstanceByKey(PartnerMatterProcess.KEY,
        PartnerMatterProcess.businessKey(support.project.code(), row.getId()), variables);
  }

  Task step(ProcessInstance pi, String group) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(group);
    return task;
  }

  long matterOf(ProcessInstance pi) {
    return ((Number) engine.getRuntimeService().getVariable(pi.getId(), PartnerMatterProcess.MATTER_ID)).longValue();
  }

  @Test
  void aSmallPartnerRequestNeedsRegionOpsAlone() {
    ProcessInstance pi = submit(MatterKind.PARTNER_REQUEST, "0", OperatingMode.JOINT);
    long id = matterOf(pi);
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), PartnerMatterProcess.APPROVER_CHAIN))
        .isEqualTo("region-ops");
    Task only = step(pi, "region-ops");
    Assertions.assertThat(rejectedField(() -> complete(only))).isEqualTo(PartnerMatterProcess.REVIEW);
    complete(only, withVariables(PartnerMatterProcess.REVIEW, "APPROVED"));

    assertThat(pi).isEnded().hasPassed(PartnerMatterProcess.END_APPROVED);
    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(PartnerMatter.APPROVED);
    Assertions.assertThat(mapper.findApprovals(id)).extracting(PartnerMatterMapper.Approval::approverGroup)
        .containsExactly("region-ops");
    Assertions.assertThat(support.notificationsTo("office.submitter")).extracting(Notification::subject)
        .containsExactly("合作方事项已同意：合作方诉求事项");
  }

  @Test
  void aCapitalCallIntoAProjectAPartnerRunsGoesUpToGroupOps() {
    ProcessInstance pi = submit(MatterKind.CAPITAL_CALL, "1000", OperatingMode.NOT_OPERATED);
    long id = matterOf(pi);
    for (String group : List.of("region-ops", "region-president", "group-ops")) {
      complete(step(pi, group), withVariables(PartnerMatterProcess.REVIEW, "APPROVED"));
    }
    assertThat(pi).isEnded().hasPassed(PartnerMatterProcess.END_APPROVED);
    Assertions.assertThat(mapper.findApprovals(id)).extracting(PartnerMatterMapper.Approval::step)
        .containsExactly(1, 2, 3);
    Assertions.assertThat(mapper.findById(id).decidedAt()).isNotNull();
  }

  @Test
  void aRefusalWithItsReasonEndsTheChainAtThatStep() {
    ProcessInstance pi = submit(MatterKind.SHAREHOLDER_MOTION, "0", OperatingMode.JOINT);
    long id = matterOf(pi);
    complete(step(pi, "region-ops"), withVariables(PartnerMatterProcess.REVIEW, "APPROVED"));
    Task president = step(pi, "region-president");
    Assertions.assertThat(rejectedField(() -> complete(president, withVariables(PartnerMatterProcess.REVIEW,
        "RETURNED")))).isEqualTo(PartnerMatterProcess.REVIEW_COMMENT);
    complete(president, withVariables(PartnerMatterProcess.REVIEW, "RETURNED",
        PartnerMatterProcess.REVIEW_COMMENT, "分红比例与公司章程不符"));

    assertThat(pi).isEnded().hasPassed(PartnerMatterProcess.END_REJECTED);
    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(PartnerMatter.REJECTED);
    Assertions.assertThat(mapper.findApprovals(id)).extracting(PartnerMatterMapper.Approval::comment)
        .containsExactly(null, "分红比例与公司章程不符");
    Assertions.assertThat(support.notificationsTo("office.submitter").get(0).subject())
        .isEqualTo("合作方事项未获同意：股东会议案事项");
    Assertions.assertThat(support.notificationsTo("office.submitter").get(0).body()).contains("分红比例与公司章程不符");
  }
}
