package com.regionops.plan;

import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.Downloads;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A project's plan as files: .xlsx and MSPDI out, .xlsx / .mpp / MSPDI in (preview, then apply=true). */
@RestController
@RequestMapping("/api/v1/projects/{projectCode}")
class PlanFileController {

  private final PlanFiles files;

  PlanFileController(PlanFiles files) {
    this.files = files;
  }

  @GetMapping("/plan.xlsx")
  ResponseEntity<byte[]> xlsx(ApiUser user, @PathVariable String projectCode) {
    return Downloads.xlsx(projectCode + "-计划.xlsx", files.xlsx(user, projectCode));
  }

  @GetMapping("/plan.xml")
  ResponseEntity<byte[]> mspdi(ApiUser user, @PathVariable String projectCode) {
    return Downloads.of("application/xml", projectCode + "-计划.xml", files.mspdi(user, projectCode));
  }

  @PostMapping(path = "/plan/imports", consumes = "multipart/form-data")
  PlanFiles.ImportAnswer importFile(ApiUser user, @PathVariable String projectCode,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "apply", defaultValue = "false") boolean apply) throws IOException {
    if (file == null || file.isEmpty()) {
      throw ApiException.badInput("file", "必填：请选择 .xlsx、.mpp 或 MSPDI .xml 文件");
    }
    File copy = Files.createTempFile("regionops-plan-", ".upload").toFile();
    try {
      file.transferTo(copy);
      return files.importFile(user, projectCode, copy, apply);
    } finally {
      Files.deleteIfExists(copy.toPath());
    }
  }
}
