package com.regionops.knowledge;

import com.regionops.document.DocumentService;
import org.camunda.bpm.engine.test.mock.Mocks;

/** The knowledge beans of the models, as Spring would make them, for the process tests' plain engine. */
public final class KnowledgeTestBeans {

  private KnowledgeTestBeans() {
  }

  public static void register(KnowledgeService knowledge, GateKnowledge gateKnowledge, DocumentService documents) {
    KnowledgeSteps steps = new KnowledgeSteps();
    Mocks.register("returnKnowledgeListener", steps.returnKnowledge(knowledge));
    Mocks.register("reviseKnowledgeListener", steps.reviseKnowledge(knowledge));
    Mocks.register("publishKnowledgeDelegate", steps.publishKnowledge(knowledge));
    Mocks.register("noteKnowledgeReviewerListener", steps.noteReviewer());
    Mocks.register("knowledgeFilesListener", steps.knowledgeFiles(documents));
    MinutesLessons minutes = new MinutesLessons();
    Mocks.register("gateLessonsListener", minutes.gateLessons(gateKnowledge));
    Mocks.register("draftLessonsListener", minutes.draftLessons(knowledge));
    Mocks.register("submitLessonsListener", minutes.submitLessons(knowledge));
  }
}
