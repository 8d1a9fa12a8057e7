package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.regionops.document.Document;
import com.regionops.document.DocumentContent;
import com.regionops.document.DocumentKind;
import com.regionops.document.DocumentMapper;
import com.regionops.document.OwnerType;
import com.regionops.gate.GateMaterial;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.gate.GateMaterials;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import static com.regionops.support.Rejections.rejectedField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/review-meeting.bpmn")
class ReviewMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  ProcessEngine engine;
  ProcessTestSupport support;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(at(NOW));
    support = new ProcessTestSupport(engine);
    GateMaterials materials = mock(GateMaterials.class);
    when(materials.forGate("PERMIT_PLANNING")).thenReturn(List.of(
        new GateMaterial("PERMIT_PLANNING", 1, "规划指标表", true),
        new GateMaterial("PERMIT_PLANNING", 2, "报建计划", true),
        new GateMaterial("PERMIT_PLANNING", 3, "证照办理责任分工表", false)));
    support.registerMeetingBeans(materials);
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance startMeeting() {
    return startMeeting(Map.of());
  }

  ProcessInstance startMeeting(Map<String, Object> more) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(
        PROJECT_CODE, support.project.code(), GATE_CODE, "PERMIT_PLANNING", MEETING_KIND, KIND_GATE,
        MEETING_TITLE, "测试项目 报建策划会", OFFICE_GROUP, support.officeGroup(),
        PLANNED_MEETING_DATE, "2026-12-10"));
    variables.putAll(more);
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "BK-" + support.project.code(), variables);
  }

  /** A file uploaded for a material of a gate review round (the row the document store writes). */
  void uploaded(long gateReviewId, String material, String fileName) {
    DocumentMapper documents = support.session.getMapper(DocumentMapper.class);
    KeyedRow<DocumentContent> content = new KeyedRow<>(new DocumentContent(null, support.project.code(),
        "%064d".formatted(gateReviewId) , 3, "DATABASE", null));
    documents.insertContent(content);
    documents.insert(new KeyedRow<>(new Document(null, support.region.code(), support.project.code(),
        DocumentKind.MATERIAL, OwnerType.GATE_REVIEW, String.valueOf(gateReviewId), material, fileName,
        "application/pdf", 3, "%064d".formatted(gateReviewId), content.getId(), null, 1, true, null, "office.test",
        NOW)), null);
  }

  /** The office's answer: a reference for each of the first slots. */
  static Map<String, Object> materials(String... references) {
    Map<String, Object> variables = new java.util.HashMap<>();
    for (int n = 1; n <= references.length; n++) {
      variables.put(material(n, "Reference"), references[n - 1]);
    }
    return variables;
  }

  void submitAndApproveMaterials(ProcessInstance pi) {
    complete(task(TASK_SUBMIT_MATERIALS, pi), materials("DOC-1", "DOC-2"));
    complete(task(TASK_REVIEW_MATERIALS, pi), withVariables(MATERIALS_REVIEW, APPROVED));
    complete(task(TASK_SCHEDULE_MEETING, pi), withVariables(MEETING_TIME, "2026-12-10T14:00+08:00",
        MEETING_LOCATION, "区域 3 楼会议室", CHAIR_USER, "president.south",
        ATTENDING_FUNCTIONS, SpinValues.jsonValue("[\"fn-design\",\"fn-engineering\"]").create()));
  }

  /** Minutes with one decision per due date, in the numbered slots. */
  static Map<String, Object> minutes(String conclusion, String... dueDates) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(CONCLUSION, conclusion, MINUTES, "原则同意报建路径"));
    for (int n = 1; n <= dueDates.length; n++) {
      variables.put(decision(n, "Content"), "决议" + n + "：补充交通评价报告");
      variables.put(decision(n, "OwnerGroup"), "office-GZ01");
      variables.put(decision(n, "DueDate"), dueDates[n - 1]);
    }
    return variables;
  }

  @Test
  void officePreparesTheChecklistFromTheGatesMaterials() {
    ProcessInstance pi = startMeeting();

    assertThat(pi).isWaitingAt(TASK_SUBMIT_MATERIALS);
    assertThat(task(pi)).hasCandidateGroup(support.officeGroup());
    Map<String, Object> variables = engine.getRuntimeService().getVariables(pi.getId());
    Assertions.assertThat(variables).containsEntry(material(1, "Name"), "规划指标表")
        .containsEntry(material(1, "Mandatory"), true).containsEntry(material(3, "Name"), "证照办理责任分工表")
        .containsEntry(material(3, "Mandatory"), false).doesNotContainKey(material(4, "Name"));
    Assertions.assertThat(pi.getTenantId()).isEqualTo(support.region.code());
  }

  @Test
  void missingMandatoryMaterialKeepsTheTaskOpenAndNamesTheItem() {
    ProcessInstance pi = startMeeting();
    Task submit = task(TASK_SUBMIT_MATERIALS, pi);

    Assertions.assertThat(rejectedField(() -> complete(submit, materials("DOC-1", " "))))
        .isEqualTo(material(2, "Reference"));
    assertThat(pi).isWaitingAt(TASK_SUBMIT_MATERIALS);
  }

  @Test
  void anUploadedFileProvidesAMandatoryMaterialAndTheReviewerReadsItsName() {
    ProcessInstance pi = startMeeting(Map.of(GATE_REVIEW_ID, 4711L));
    uploaded(4711L, "规划指标表", "规划指标表-盖章版.pdf");

    Assertions.assertThat(rejectedField(() -> complete(task(TASK_SUBMIT_MATERIALS, pi), materials(" ", " "))))
        .as("the second mandatory item has neither a file nor an archive number").isEqualTo(material(2, "Reference"));
    complete(task(TASK_SUBMIT_MATERIALS, pi), materials(" ", "档案-2026-118"));

    assertThat(pi).isWaitingAt(TASK_REVIEW_MATERIALS).variables()
        .containsEntry(material(1, "Files"), "1 个文件：规划指标表-盖章版.pdf")
        .containsEntry(material(2, "Files"), "未上传文件")
        .containsEntry(material(3, "Files"), "未上传文件");
  }

  @Test
  void returnedMaterialsGoBackToTheOfficeWithTheComment() {
    ProcessInstance pi = startMeeting();
    complete(task(TASK_SUBMIT_MATERIALS, pi), materials("DOC-1", "DOC-2"));
    Task review = task(TASK_REVIEW_MATERIALS, pi);

    Assertions.assertThat(rejectedField(() -> complete(review, withVariables(MATERIALS_REVIEW, RETURNED))))
        .isEqualTo(MATERIALS_REVIEW_COMMENT);
    complete(review, withVariables(MATERIALS_REVIEW, RETURNED, MATERIALS_REVIEW_COMMENT, "规划指标表缺少盖章页"));

    assertThat(pi).isWaitingAt(TASK_SUBMIT_MATERIALS).variables()
        .containsEntry(MATERIALS_REVIEW_COMMENT, "规划指标表缺少盖章页");
    assertThat(task(pi)).hasCandidateGroup(support.officeGroup());
    complete(task(TASK_SUBMIT_MATERIALS, pi), materials("DOC-1", "DOC-2-盖章版"));
    assertThat(pi).isWaitingAt(TASK_REVIEW_MATERIALS).variables()
        .as("the second review starts blank").doesNotContainKeys(MATERIALS_REVIEW, MATERIALS_REVIEW_COMMENT);
  }

  @Test
  void conditionalPassWithDecisionsAfterThePresidentReturnsTheMinutesOnce() {
    ProcessInstance pi = startMeeting();
    submitAndApproveMaterials(pi);

    assertThat(pi).isWaitingAt(TASK_RECORD_MINUTES);
    Task minutes = task(pi);
    assertThat(minutes).hasCandidateGroup("region-ops");
    Assertions.assertThat(minutes.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 12, 12, 14, 0)));
    long meetingId = (Long) engine.getRuntimeService().getVariable(pi.getId(), MEETING_ID);
    Assertions.assertThat(support.meetings.meeting(meetingId).chairUser()).isEqualTo("president.south");
    Assertions.assertThat(support.meetings.meeting(meetingId).attendingFunctions()).isEqualTo("fn-design,fn-engineering");

    Assertions.assertThat(rejectedField(() -> complete(minutes, minutes("CONDITIONAL"))))
        .isEqualTo(decision(1, "Content"));
    Assertions.assertThat(rejectedField(() -> complete(minutes, minutes("CONDITIONAL", "2026-12-01"))))
        .isEqualTo(decision(1, "DueDate"));
    Map<String, Object> noOwner = minutes("CONDITIONAL", "2026-12-20", "2027-01-10");
    noOwner.remove(decision(2, "OwnerGroup"));
    Assertions.assertThat(rejectedField(() -> complete(minutes, noOwner))).isEqualTo(decision(2, "OwnerGroup"));
    complete(minutes, minutes("CONDITIONAL", "2026-12-20", "2027-01-10"));
    complete(task(TASK_APPROVE_MINUTES, pi), withVariables(MINUTES_REVIEW, RETURNED,
        MINUTES_REVIEW_COMMENT, "请写明交通评价的完成标准"));
    assertThat(pi).isWaitingAt(TASK_RECORD_MINUTES);
    complete(task(TASK_RECORD_MINUTES, pi));
    assertThat(task(pi)).hasCandidateGroup("region-president");
    complete(task(TASK_APPROVE_MINUTES, pi), withVariables(MINUTES_REVIEW, APPROVED));

    assertThat(pi).isEnded().hasPassed("ServiceTask_FileMinutes", END_APPROVED);
    Assertions.assertThat(support.filedMinutes).as("the approved minutes are filed once").containsExactly(meetingId);
    Assertions.assertThat(support.meetings.meeting(meetingId).conclusion()).isEqualTo("CONDITIONAL");
    Assertions.assertThat(support.meetings.decisionIds(meetingId)).hasSize(2);
    Assertions.assertThat(support.meetings.decision(support.meetings.decisionIds(meetingId).get(1)).dueDate())
        .isEqualTo(LocalDate.of(2027, 1, 10));
  }

  @Test
  void everyStepIsDueSoonAfterItOpens() {
    ProcessInstance pi = startMeeting();
    Assertions.assertThat(task(pi).getDueDate()).as("materials").isEqualTo(at(NOW.plusDays(5)));
    complete(task(TASK_SUBMIT_MATERIALS, pi), materials("DOC-1", "DOC-2"));
    Assertions.assertThat(task(pi).getDueDate()).as("materials review").isEqualTo(at(NOW.plusDays(2)));
    complete(task(TASK_REVIEW_MATERIALS, pi), withVariables(MATERIALS_REVIEW, APPROVED));
    Assertions.assertThat(task(pi).getDueDate()).as("scheduling").isEqualTo(at(NOW.plusDays(2)));
    complete(task(TASK_SCHEDULE_MEETING, pi), withVariables(MEETING_TIME, "2026-12-10T14:00+08:00",
        MEETING_LOCATION, "区域 3 楼会议室", CHAIR_USER, "president.south",
        ATTENDING_FUNCTIONS, SpinValues.jsonValue("[\"fn-design\"]").create()));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 10, 17, 0)));
    complete(task(TASK_RECORD_MINUTES, pi), withVariables(CONCLUSION, "FAIL", MINUTES, "报建路径不可行，重新策划"));
    Assertions.assertThat(task(pi).getDueDate()).as("minutes approval")
        .isEqualTo(at(LocalDateTime.of(2026, 12, 12, 17, 0)));
  }

  @Test
  void failedMeetingEndsWithTheConclusionAndNoDecisions() {
    ProcessInstance pi = startMeeting();
    submitAndApproveMaterials(pi);

    complete(task(TASK_RECORD_MINUTES, pi), withVariables(CONCLUSION, "FAIL", MINUTES, "报建路径不可行，重新策划"));
    complete(task(TASK_APPROVE_MINUTES, pi), withVariables(MINUTES_REVIEW, APPROVED));

    assertThat(pi).isEnded().variables().containsEntry(CONCLUSION, "FAIL");
    long meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(MEETING_ID).singleResult().getValue();
    Assertions.assertThat(support.meetings.decisionIds(meetingId)).isEmpty();
  }

  @Test
  void overdueMinutesRemindRegionOpsOnceAndTheTaskStays() {
    ProcessInstance pi = startMeeting();
    submitAndApproveMaterials(pi);

    assertThat(pi).isWaitingAt(TASK_RECORD_MINUTES);
    Assertions.assertThat(job(pi).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 12, 14, 0)));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 12, 14, 1)));
    execute(job(pi));

    assertThat(pi).hasPassed("ServiceTask_RemindMinutes").isWaitingAt(TASK_RECORD_MINUTES);
    Assertions.assertThat(support.notificationsTo("region-ops"))
        .filteredOn(n -> n.businessKey().equals(pi.getBusinessKey()))
        .singleElement().satisfies(n -> Assertions.assertThat(n.subject()).contains("会议纪要已逾期"));
  }

  @Test
  void aRegionMeetingWhoseCallerGatheredTheMaterialsStartsAtTheSchedule() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, "BK-OR-" + support.region.code(),
        Map.of("regionCode", support.region.code(), MEETING_KIND, KIND_OPERATING_REVIEW,
            MEETING_TITLE, "2026 年第三季度经营分析会"));

    assertThat(pi).hasPassed(GATEWAY_MATERIALS_COLLECTED).isWaitingAt(TASK_SCHEDULE_MEETING)
        .hasNotPassed("ServiceTask_PrepareMaterials");
    complete(task(TASK_SCHEDULE_MEETING, pi), withVariables(MEETING_TIME, "2026-12-10T14:00+08:00",
        MEETING_LOCATION, "区域 3 楼会议室", CHAIR_USER, "president.south"));
    complete(task(TASK_RECORD_MINUTES, pi), minutes("PASS", "2026-12-31"));
    complete(task(TASK_APPROVE_MINUTES, pi), withVariables(MINUTES_REVIEW, APPROVED));

    assertThat(pi).isEnded().hasPassed(END_APPROVED);
    long meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(MEETING_ID).singleResult().getValue();
    Assertions.assertThat(support.meetings.meeting(meetingId).kind()).isEqualTo(KIND_OPERATING_REVIEW);
    Assertions.assertThat(support.meetings.meeting(meetingId).projectCode()).isNull();
    Assertions.assertThat(support.meetings.decisionIds(meetingId)).hasSize(1);
  }

  /** A 协调会: no materials, 安排会议 due when its caller says, and minutes with decisions but no conclusion. */
  @Test
  void aCoordinationMeetingIsScheduledByItsDueDayAndItsMinutesNeedNoConclusion() {
    Date dueBy = at(LocalDateTime.of(2026, 12, 4, 18, 0));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, "BK-CO-" + support.project.code(),
        Map.of("projectCode", support.project.code(), MEETING_KIND, KIND_COORDINATION,
            MEETING_TITLE, "协调会：塔吊拆除与外架交叉作业", "meetingDueBy", dueBy));

    assertThat(pi).isWaitingAt(TASK_SCHEDULE_MEETING).hasNotPassed("ServiceTask_PrepareMaterials");
    Assertions.assertThat(task(TASK_SCHEDULE_MEETING, pi).getDueDate()).isEqualTo(dueBy);
    complete(task(TASK_SCHEDULE_MEETING, pi), withVariables(MEETING_TIME, "2026-12-03T10:00+08:00",
        MEETING_LOCATION, "项目部会议室", CHAIR_USER, "ops.south"));
    Map<String, Object> noConclusion = minutes("PASS", "2026-12-20");
    noConclusion.remove(CONCLUSION);
    complete(task(TASK_RECORD_MINUTES, pi), noConclusion);
    complete(task(TASK_APPROVE_MINUTES, pi), withVariables(MINUTES_REVIEW, APPROVED));

    assertThat(pi).isEnded().hasPassed(END_APPROVED);
    Meeting meeting = support.meetings.meetingOf(pi.getId());
    Assertions.assertThat(meeting.kind()).isEqualTo(KIND_COORDINATION);
    Assertions.assertThat(meeting.conclusion()).isNull();
    Assertions.assertThat(support.meetings.decisionIds(meeting.id())).hasSize(1);
  }

  @Test
  void aMeetingOtherThanACoordinationIsScheduledWithinTwoDaysAndStillNeedsItsConclusion() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, "BK-OR2-" + support.region.code(),
        Map.of("regionCode", support.region.code(), MEETING_KIND, KIND_OPERATING_REVIEW,
            MEETING_TITLE, "2026 年第三季度经营分析会"));
    Assertions.assertThat(task(TASK_SCHEDULE_MEETING, pi).getDueDate()).isEqualTo(at(NOW.plusDays(2)));
    complete(task(TASK_SCHEDULE_MEETING, pi), withVariables(MEETING_TIME, "2026-12-10T14:00+08:00",
        MEETING_LOCATION, "区域 3 楼会议室", CHAIR_USER, "president.south"));
    Map<String, Object> noConclusion = minutes("PASS", "2026-12-31");
    noConclusion.remove(CONCLUSION);
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_RECORD_MINUTES, pi), noConclusion)))
        .isEqualTo(CONCLUSION);
  }

  @Test
  void minutesAreSavedOnTheInstancesOwnMeetingWhateverTheCompletionSends() {
    ProcessInstance pi = startMeeting();
    submitAndApproveMaterials(pi);
    complete(task(TASK_RECORD_MINUTES, pi), minutes("PASS", "2026-12-31"));

    long own = support.meetings.meetingOf(pi.getId()).id();
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_APPROVE_MINUTES, pi),
        withVariables(MINUTES_REVIEW, APPROVED, CONCLUSION, 42)))).as("a number for the conclusion").isEqualTo(CONCLUSION);

    complete(task(TASK_APPROVE_MINUTES, pi), withVariables(MINUTES_REVIEW, APPROVED, MEETING_ID, 987_654L));

    assertThat(pi).isEnded().hasPassed(END_APPROVED);
    Assertions.assertThat(support.meetings.meeting(own).conclusion()).isEqualTo("PASS");
    Assertions.assertThat(support.meetings.decisionIds(own)).hasSize(1);
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(MEETING_ID).singleResult().getValue()).as("the caller gets its own meeting back").isEqualTo(own);
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(CHINA).toInstant());
  }
}
