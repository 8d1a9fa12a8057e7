package com.regionops.support;

import com.regionops.document.DocumentMapper;
import com.regionops.document.MaterialFiles;
import com.regionops.gate.GateMaterials;
import com.regionops.meeting.CheckMaterialsListener;
import com.regionops.meeting.CheckMinutesListener;
import com.regionops.meeting.CheckReviewListener;
import com.regionops.meeting.ClearReviewListener;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.EscalateDecisionDelegate;
import com.regionops.meeting.ListMaterialFilesListener;
import com.regionops.meeting.LoadDecisionDelegate;
import com.regionops.meeting.MeetingMapper;
import com.regionops.meeting.MeetingService;
import com.regionops.meeting.PrepareMaterialsDelegate;
import com.regionops.meeting.RecordMeetingDelegate;
import com.regionops.meeting.RemindDecisionDelegate;
import com.regionops.meeting.RemindMinutesDelegate;
import com.regionops.meeting.ReportDecisionDoneDelegate;
import com.regionops.meeting.ReviewDecisionDelegate;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.meeting.SaveMinutesDelegate;
import com.regionops.notification.Notification;
import com.regionops.notification.NotificationMapper;
import com.regionops.notification.NotificationService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Process tests with the real services on the H2 test database (never committed): the model,
 * its delegates and the rows they write are tested together; only what lies outside the
 * process (the deployed catalogue DMN) is mocked by the test.
 */
public class ProcessTestSupport implements AutoCloseable {

  public final SqlSession session = TestDatabase.H2.openSession();
  public final MeetingService meetings = new MeetingService(session.getMapper(MeetingMapper.class));
  public final NotificationService notifications = new NotificationService(session.getMapper(NotificationMapper.class), java.util.List.of());
  /** Meetings whose minutes reached 归档会议纪要, in order. */
  public final List<Long> filedMinutes = new java.util.ArrayList<>();
  public final Region region;
  public final Project project;

  private final ProcessEngine engine;
  /** The library's service and index of this test (registerKnowledgeBeans), else null. */
  public com.regionops.knowledge.KnowledgeService knowledge;
  public com.regionops.knowledge.KnowledgeIndex knowledgeIndex;

  public ProcessTestSupport(ProcessEngine engine) {
    this.engine = engine;
    region = Fixtures.region(session);
    project = Fixtures.project(session, region.code());
    ProjectMapper projects = session.getMapper(ProjectMapper.class);
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .setTenantIdProvider(new ProjectTenantIdProvider(projects::findRegionCode));
    Mocks.register("meetingService", meetings);
  }

  /** The beans of review-meeting, with the gate's materials given by the test. */
  public void registerMeetingBeans(GateMaterials materials) {
    Mocks.register("prepareMaterialsDelegate", new PrepareMaterialsDelegate(materials));
    MaterialFiles materialFiles = new MaterialFiles(session.getMapper(DocumentMapper.class));
    Mocks.register("checkMaterialsListener", new CheckMaterialsListener(materialFiles));
    Mocks.register("listMaterialFilesListener", new ListMaterialFilesListener(materialFiles));
    // The PDF itself is MinutesFilingIT's; here the model must reach the step, with its meeting.
    Mocks.register("fileMinutesDelegate", (JavaDelegate) execution ->
        filedMinutes.add(((Number) execution.getVariable(ReviewMeetingProcess.MEETING_ID)).longValue()));
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("clearReviewListener", new ClearReviewListener());
    Mocks.register("checkMinutesListener", new CheckMinutesListener(meetings));
    Mocks.register("recordMeetingDelegate", new RecordMeetingDelegate(meetings));
    Mocks.register("remindMinutesDelegate", new RemindMinutesDelegate(notifications));
    Mocks.register("saveMinutesDelegate", new SaveMinutesDelegate(meetings));
    registerKnowledgeBeans();
  }

  /**
   * The beans of knowledge-review and of the library's listeners in review-meeting, with the real service and an
   * index on this session; files and policies are not these tests' (mocked). The index's own sync never runs here
   * (the session is one thread's): publications reach it directly.
   */
  public void registerKnowledgeBeans() {
    if (knowledge != null) {
      return;
    }
    com.regionops.knowledge.KnowledgeMapper mapper = session.getMapper(com.regionops.knowledge.KnowledgeMapper.class);
    com.regionops.gate.GateCatalog catalog = new com.regionops.gate.GateCatalog(
        session.getMapper(com.regionops.gate.GateCatalogMapper.class), org.mockito.Mockito.mock(GateMaterials.class));
    com.regionops.knowledge.KnowledgeTags tags = new com.regionops.knowledge.KnowledgeTags(catalog);
    knowledgeIndex = new com.regionops.knowledge.KnowledgeIndex(mapper, tags,
        new com.regionops.knowledge.KnowledgeSettings(java.time.Duration.ofHours(1), java.time.Duration.ofHours(1)));
    knowledgeIndex.start();
    knowledgeIndex.awaitReady(java.time.Duration.ofSeconds(30));
    com.regionops.document.DocumentService documents = org.mockito.Mockito.mock(com.regionops.document.DocumentService.class);
    org.mockito.Mockito.when(documents.markdownLinks(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
        .thenReturn("");
    ProjectMapper projects = session.getMapper(ProjectMapper.class);
    com.regionops.platform.security.SystemCalls system =
        new com.regionops.platform.security.SystemCalls(engine.getIdentityService());
    knowledge = new com.regionops.knowledge.KnowledgeService(mapper, tags, knowledgeIndex,
        new com.regionops.knowledge.KnowledgeAccess(mapper), projects, documents,
        org.mockito.Mockito.mock(com.regionops.policy.PolicyService.class), engine.getRuntimeService(), system);
    com.regionops.knowledge.GateKnowledge gateKnowledge = new com.regionops.knowledge.GateKnowledge(knowledge, documents,
        projects, engine.getTaskService(), engine.getRuntimeService(), engine.getRepositoryService(), system);
    com.regionops.knowledge.KnowledgeTestBeans.register(knowledge, gateKnowledge, documents);
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("clearReviewListener", new ClearReviewListener());
  }

  /** The beans of decision-followup. */
  public void registerFollowupBeans() {
    Mocks.register("loadDecisionDelegate", new LoadDecisionDelegate(meetings, DecisionFollowupProcess.REMINDER_DAYS));
    Mocks.register("reportDecisionDoneDelegate", new ReportDecisionDoneDelegate(meetings));
    Mocks.register("reviewDecisionDelegate", new ReviewDecisionDelegate(meetings));
    Mocks.register("checkVerifierListener", new com.regionops.meeting.CheckVerifierListener());
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("clearReviewListener", new ClearReviewListener());
    Mocks.register("remindDecisionDelegate", new RemindDecisionDelegate(notifications));
    Mocks.register("escalateDecisionDelegate", new EscalateDecisionDelegate(meetings, notifications));
  }

  /**
   * Users of the region's staff (region-functions, in the region's tenant) for the checks that
   * inspectors and support teams are; a user not yet known is created.
   */
  public void regionStaff(org.camunda.bpm.engine.IdentityService identity, String... users) {
    if (identity.createTenantQuery().tenantId(region.code()).count() == 0) {
      identity.saveTenant(identity.newTenant(region.code()));
    }
    if (identity.createGroupQuery().groupId("region-functions").count() == 0) {
      identity.saveGroup(identity.newGroup("region-functions"));
    }
    for (String user : users) {
      if (identity.createUserQuery().userId(user).count() == 0) {
        identity.saveUser(identity.newUser(user));
        identity.createMembership(user, "region-functions");
      }
      identity.createTenantUserMembership(region.code(), user);
    }
  }

  public String officeGroup() {
    return "office-" + project.code();
  }

  public List<Notification> notificationsTo(String recipient) {
    return session.getMapper(NotificationMapper.class).findByRecipient(recipient);
  }

  @Override
  public void close() {
    if (knowledgeIndex != null) {
      knowledgeIndex.stop();
    }
    Mocks.reset();
    ClockUtil.reset();
    session.close();
  }

  /** Undo the engine-wide settings of the constructor. */
  public static void resetEngine(ProcessEngine engine) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setTenantIdProvider(null);
  }
}
