package com.regionops.knowledge;

import com.regionops.document.Document;
import com.regionops.document.MultipartUpload;
import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 知识库: search, entries and their review, the gate tasks' templates and lessons, and 知识指标. */
@RestController
@RequestMapping("/api/v1")
class KnowledgeController {

  private final KnowledgeService knowledge;
  private final GateKnowledge gateKnowledge;
  private final KnowledgeTargets targets;

  KnowledgeController(KnowledgeService knowledge, GateKnowledge gateKnowledge, KnowledgeTargets targets) {
    this.knowledge = knowledge;
    this.gateKnowledge = gateKnowledge;
    this.targets = targets;
  }

  @GetMapping("/knowledge")
  List<KnowledgeService.Result> search(ApiUser user, @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String gate,
      @RequestParam(required = false) String category, @RequestParam(required = false) String projectType,
      @RequestParam(required = false) String function, @RequestParam(required = false) String region,
      @RequestParam(required = false) Integer limit) {
    return knowledge.search(user, q, kind, gate, category, projectType, function, region, limit);
  }

  @GetMapping("/knowledge/tags")
  List<KnowledgeTags.Tag> tags() {
    return knowledge.vocabulary();
  }

  @GetMapping("/knowledge/working")
  List<KnowledgeMapper.WorkingEntry> working(ApiUser user) {
    return knowledge.working(user);
  }

  @PostMapping("/knowledge")
  @ResponseStatus(HttpStatus.CREATED)
  KnowledgeService.Detail create(ApiUser user, @RequestBody(required = false) KnowledgeRequest request) {
    return knowledge.create(user, request);
  }

  @GetMapping("/knowledge/{id}")
  KnowledgeService.Detail get(ApiUser user, @PathVariable long id) {
    return knowledge.get(user, id);
  }

  @PutMapping("/knowledge/{id}")
  KnowledgeService.Detail update(ApiUser user, @PathVariable long id,
      @RequestBody(required = false) KnowledgeRequest request) {
    return knowledge.update(user, id, request);
  }

  @PostMapping("/knowledge/{id}/submit")
  KnowledgeService.Detail submit(ApiUser user, @PathVariable long id) {
    return knowledge.submit(user, id);
  }

  @PostMapping(path = "/knowledge/{id}/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Document attach(ApiUser user, @PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    return knowledge.attach(user, id, file == null ? null : new MultipartUpload(file));
  }

  @GetMapping("/tasks/{taskId}/knowledge")
  GateKnowledge.ForTask forTask(ApiUser user, @PathVariable String taskId) {
    return gateKnowledge.forTask(user, taskId);
  }

  @GetMapping("/regions/{code}/knowledge-targets")
  KnowledgeTargets.Report targets(ApiUser user, @PathVariable String code, @RequestParam(required = false) Integer year) {
    return targets.report(user, code, year);
  }

  @PutMapping("/regions/{code}/knowledge-targets")
  KnowledgeTargets.Report setTargets(ApiUser user, @PathVariable String code,
      @RequestBody(required = false) KnowledgeTargets.Request request) {
    return targets.set(user, code, request);
  }
}
