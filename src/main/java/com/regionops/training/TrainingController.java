package com.regionops.training;

import com.regionops.document.Document;
import com.regionops.document.MultipartUpload;
import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 培训管理: annual plans, sessions with their materials, and training records of people and regions. */
@RestController
@RequestMapping("/api/v1")
class TrainingController {

  private final TrainingPlanService plans;
  private final TrainingService trainings;
  private final TrainingRecordService records;

  TrainingController(TrainingPlanService plans, TrainingService trainings, TrainingRecordService records) {
    this.plans = plans;
    this.trainings = trainings;
    this.records = records;
  }

  @PostMapping("/regions/{regionCode}/training-plans")
  @ResponseStatus(HttpStatus.CREATED)
  TrainingPlanService.PlanView submitPlan(ApiUser user, @PathVariable String regionCode,
      @RequestBody(required = false) TrainingPlanRequest request) {
    return plans.submit(user, regionCode, request);
  }

  @GetMapping("/regions/{regionCode}/training-plans")
  List<TrainingPlanService.PlanView> plans(ApiUser user, @PathVariable String regionCode) {
    return plans.list(user, regionCode);
  }

  @GetMapping("/training-plans/{id}")
  TrainingPlanService.PlanView plan(ApiUser user, @PathVariable long id) {
    return plans.get(user, id);
  }

  @PostMapping("/trainings")
  @ResponseStatus(HttpStatus.CREATED)
  TrainingService.Created create(ApiUser user, @RequestBody(required = false) TrainingRequest request) {
    return trainings.create(user, request);
  }

  @GetMapping("/trainings")
  List<TrainingService.SessionView> list(ApiUser user, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String regionCode) {
    return trainings.list(user, year, regionCode);
  }

  @GetMapping("/trainings/{id}")
  TrainingService.Detail get(ApiUser user, @PathVariable long id) {
    return trainings.get(user, id);
  }

  @PostMapping(path = "/trainings/{id}/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Document attach(ApiUser user, @PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    return trainings.attach(user, id, file == null ? null : new MultipartUpload(file));
  }

  @GetMapping("/people/{userId}/training-record")
  TrainingRecordService.PersonRecord personRecord(ApiUser user, @PathVariable String userId,
      @RequestParam(required = false) Integer year) {
    return records.person(user, userId, year);
  }

  @GetMapping("/regions/{regionCode}/training-records")
  TrainingRecordService.RegionRecords regionRecords(ApiUser user, @PathVariable String regionCode,
      @RequestParam(required = false) Integer year) {
    return records.region(user, regionCode, year);
  }
}
