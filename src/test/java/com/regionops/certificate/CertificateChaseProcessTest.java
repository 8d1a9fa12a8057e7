package com.regionops.certificate;

import static com.regionops.certificate.CertificateChaseProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.engine.SchedulerOnlyStart;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import com.regionops.support.TimerStarts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/certificate-review-sweep.bpmn", "processes/certificate-annual-review.bpmn",
    "dmn/certificate-review-policy.dmn"})
class CertificateChaseProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2027, 4, 1);

  ProcessEngine engine;
  ProcessTestSupport support;
  CertificateMapper certificates;
  CertificateChaseService chases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at(TODAY, 8);
    support = new ProcessTestSupport(engine);
    certificates = support.session.getMapper(CertificateMapper.class);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    chases = new CertificateChaseService(support.session.getMapper(CertificateChaseMapper.class), certificates,
        support.session.getMapper(CertificateTypeMapper.class),
        new DeployedDecisions(engine.getRepositoryService(), system), support.notifications);
    Mocks.register("certificateSchedule", new CertificateSchedule("R/2027-01-01T08:00:00+08:00/P1D"));
    Mocks.register("schedulerOnlyStart", new SchedulerOnlyStart());
    Mocks.register("findDueCertificatesDelegate", new FindDueCertificatesDelegate(chases, system));
    Mocks.register("startChasesDelegate", new StartChasesDelegate(chases, system));
    Mocks.register("prepareChaseDelegate", new PrepareChaseDelegate(chases));
    Mocks.register("sendCertificateNoticesDelegate", new SendCertificateNoticesDelegate(chases));
    Mocks.register("checkFilingListener", new CheckFilingListener());
    Mocks.register("updateLedgerDelegate", new UpdateLedgerDelegate(chases));
    Mocks.register("checkReviewListener", new com.regionops.meeting.CheckReviewListener());
    Mocks.register("clearReviewListener", new com.regionops.meeting.ClearReviewListener());
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(CHINA).toInstant()));
  }

  long certificate(String type, LocalDate validUntil, LocalDate nextReviewDue, CertificateStatus status) {
    KeyedRow<Certificate> row = new KeyedRow<>(new Certificate(null, type, null, null, "测试置业有限公司",
        support.project.code(), support.region.code(), TODAY.minusYears(2), validUntil, nextReviewDue,
        "region-ops", status, null));
    certificates.insert(row);
    return row.getId();
  }

  void sweep() {
    engine.getRuntimeService().startProcessInstanceByMessage(MESSAGE_SWEEP,
        Map.of(REGION_CODE, support.region.code()));
    runChunkJobs();
  }

  void runChunkJobs() {
    List<Job> jobs;
    while (!(jobs = engine.getManagementService().createJobQuery().activityId(TASK_START_CHASES).list()).isEmpty()) {
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  List<ProcessInstance> reviews() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(REVIEW_KEY).list();
  }

  @Test
  void sweepChasesWhatIsWithinItsLeadDaysOnceAndASecondSweepStartsNothing() {
    long inByOneDay = certificate("BUSINESS_LICENSE", null, TODAY.plusDays(60), CertificateStatus.VALID);
    certificate("BUSINESS_LICENSE", null, TODAY.plusDays(61), CertificateStatus.VALID);
    long qualification = certificate("DEVELOPER_QUALIFICATION", TODAY.plusDays(180), null, CertificateStatus.VALID);
    certificate("DEVELOPER_QUALIFICATION", TODAY.plusDays(181), null, CertificateStatus.VALID);
    long expired = certificate("PRESALE_PERMIT", TODAY.minusDays(5), null, CertificateStatus.EXPIRED);
    certificate("LAND_TITLE", null, null, CertificateStatus.VALID);
    certificate("PRESALE_PERMIT", TODAY.plusDays(10), null, CertificateStatus.PLANNED);

    sweep();

    Assertions.assertThat(reviews()).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
        "CERT-" + inByOneDay + "-" + TODAY.plusDays(60), "CERT-" + qualification + "-" + TODAY.plusDays(180),
        "CERT-" + expired + "-" + TODAY.minusDays(5));
    Assertions.assertThat(certificates.findById(inByOneDay).status()).isEqualTo(CertificateStatus.REVIEW_DUE);
    sweep();
    Assertions.assertThat(reviews()).hasSize(3);
  }

  @Test
  void dailyTimerSweepsEveryRegionAt0800ChinaTime() {
    long due = certificate("PRESALE_PERMIT", TODAY.plusDays(10), null, CertificateStatus.VALID);
    Job timer = TimerStarts.timer(engine.getManagementService(), SWEEP_TIMER);
    // deployed at 08:00 sharp: the first sweep is tomorrow morning
    Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(TODAY.plusDays(1).atTime(8, 0).atZone(CHINA).toInstant()));

    at(TODAY.plusDays(1), 8);
    TimerStarts.fire(engine.getManagementService(), timer);
    runChunkJobs();

    Assertions.assertThat(reviews()).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("CERT-" + due + "-" + TODAY.plusDays(10));
    Assertions.assertThat(TimerStarts.timer(engine.getManagementService(), SWEEP_TIMER).getDuedate()).isEqualTo(Date.from(TODAY.plusDays(2).atTime(8, 0).atZone(CHINA).toInstant()));
  }

  @Test
  void aSweepInterruptedHalfwayAndRunAgainEndsWithOneChasePerCertificate() {
    for (int i = 0; i < 150; i++) {
      certificate("PRESALE_PERMIT", TODAY.plusDays(30), null, CertificateStatus.VALID);
    }
    engine.getRuntimeService().startProcessInstanceByMessage(MESSAGE_SWEEP, Map.of(REGION_CODE, support.region.code()));
    List<Job> chunks = engine.getManagementService().createJobQuery().activityId(TASK_START_CHASES).list();
    Assertions.assertThat(chunks).hasSize(2);
    engine.getManagementService().executeJob(chunks.get(0).getId());
    // the node stops here; the next day's sweep runs before the stranded job is picked up again
    sweep();
    runChunkJobs();

    Assertions.assertThat(reviews()).hasSize(150);
    Assertions.assertThat(reviews()).extracting(ProcessInstance::getBusinessKey).doesNotHaveDuplicates();
  }

  @Test
  void businessLicenceIsRemindedEscalatedAndLapsesThenRenewedIntoTheLedger() {
    LocalDate due = TODAY.plusDays(40);
    long id = certificate("BUSINESS_LICENSE", null, due, CertificateStatus.VALID);
    at(due.minusDays(60), 8);
    sweep();
    ProcessInstance chase = reviews().get(0);
    assertThat(task(chase)).hasDefinitionKey(TASK_FILE).hasCandidateGroup(support.officeGroup());
    Assertions.assertThat(task(chase).getDueDate()).isEqualTo(Date.from(due.atTime(18, 0).atZone(CHINA).toInstant()));

    for (LocalDate day = due.minusDays(59); !day.isAfter(due.plusDays(1)); day = day.plusDays(1)) {
      at(day, 9);
      Job tick = engine.getManagementService().createJobQuery().processInstanceId(chase.getId())
          .activityId(TIMER_DAILY).singleResult();
      Assertions.assertThat(tick.getDuedate()).isEqualTo(Date.from(day.atTime(9, 0).atZone(CHINA).toInstant()));
      engine.getManagementService().executeJob(tick.getId());
    }

    Assertions.assertThat(support.notificationsTo(support.officeGroup())).extracting(Notification::dedupKey)
        .filteredOn(k -> k.contains(":reminder:")).hasSize(4);
    Assertions.assertThat(support.notificationsTo("region-ops")).extracting(Notification::subject)
        .containsExactly("证照即将到期未办结：营业执照（" + support.project.code() + "） 测试置业有限公司");
    Assertions.assertThat(support.notificationsTo("region-president")).extracting(Notification::subject)
        .containsExactly("证照即将到期未办结：营业执照（" + support.project.code() + "） 测试置业有限公司",
            "证照已逾期失效：营业执照（" + support.project.code() + "） 测试置业有限公司");
    Assertions.assertThat(certificates.findById(id).status()).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(chase).isWaitingAt(TASK_FILE);

    Assertions.assertThat(rejectedField(() -> complete(task(chase), withVariables(FILING_DATE, due.toString(),
        DOCUMENT_REF, "年报回执 2027-001")))).isEqualTo(NEW_NEXT_REVIEW_DUE);
    complete(task(chase), withVariables(FILING_DATE, due.toString(), DOCUMENT_REF, "年报回执 2027-001",
        NEW_NEXT_REVIEW_DUE, "2028-06-30"));
    Assertions.assertThat(task(chase).getDueDate()).as("region-ops verifies within three days")
        .isEqualTo(Date.from(due.plusDays(4).atTime(9, 0).atZone(CHINA).toInstant()));
    complete(task(chase), withVariables(CERTIFICATE_REVIEW, "RETURNED", CERTIFICATE_REVIEW_COMMENT, "缺少公示截图"));
    assertThat(task(chase)).hasDefinitionKey(TASK_FILE);
    complete(task(chase), withVariables(FILING_DATE, due.toString(), DOCUMENT_REF, "年报回执 2027-001（含公示截图）",
        NEW_NEXT_REVIEW_DUE, "2028-06-30"));
    complete(task(chase), withVariables(CERTIFICATE_REVIEW, "APPROVED"));

    assertThat(chase).isEnded().hasPassed(END_UPDATED);
    Certificate renewed = certificates.findById(id);
    Assertions.assertThat(renewed.status()).isEqualTo(CertificateStatus.VALID);
    Assertions.assertThat(renewed.nextReviewDue()).isEqualTo(LocalDate.of(2028, 6, 30));
    Assertions.assertThat(chases.chase(support.session.getMapper(CertificateChaseMapper.class)
        .find(id, CertificateChase.ANNUAL_REVIEW, due).id()).status()).isEqualTo(CertificateChase.DONE);
  }

  @Test
  void aFilingThatRewritesTheChaseIdStillUpdatesItsOwnCertificate() {
    LocalDate due = TODAY.plusDays(40);
    long mine = certificate("BUSINESS_LICENSE", null, due, CertificateStatus.VALID);
    long other = certificate("BUSINESS_LICENSE", null, due, CertificateStatus.VALID);
    at(due.minusDays(60), 8);
    sweep();
    CertificateChaseMapper mapper = support.session.getMapper(CertificateChaseMapper.class);
    long myChase = mapper.find(mine, CertificateChase.ANNUAL_REVIEW, due).id();
    long otherChase = mapper.find(other, CertificateChase.ANNUAL_REVIEW, due).id();
    ProcessInstance chase = reviews().stream()
        .filter(pi -> pi.getId().equals(mapper.findById(myChase).processInstanceId())).findFirst().orElseThrow();

    complete(task(chase), withVariables(FILING_DATE, due.minusDays(60).toString(), DOCUMENT_REF, "年报回执 2027-001",
        NEW_NEXT_REVIEW_DUE, "2028-06-30", CHASE_ID, otherChase));
    complete(task(chase), withVariables(CERTIFICATE_REVIEW, "APPROVED", CHASE_ID, otherChase));

    Assertions.assertThat(certificates.findById(mine).nextReviewDue()).isEqualTo(LocalDate.of(2028, 6, 30));
    Assertions.assertThat(mapper.findById(myChase).status()).isEqualTo(CertificateChase.DONE);
    Assertions.assertThat(certificates.findById(other).nextReviewDue()).as("the other certificate is untouched")
        .isEqualTo(due);
    Assertions.assertThat(mapper.findById(otherChase).status()).isNotEqualTo(CertificateChase.DONE);
  }

  @Test
  void aPersonCannotRunTheDailySweepsBranch() {
    Assertions.assertThat(TimerStarts.startByKeyAsRegionOps(engine, SWEEP_KEY, support.region.code()))
        .isEqualTo("startEvent");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SWEEP_KEY).count())
        .isZero();
  }
}
