package com.regionops.instruction;

import com.regionops.instruction.InstructionMapper.ItemRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.document.Document;
import com.regionops.document.MultipartUpload;
import java.util.List;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 上传下达: issuing instructions, each person's copies with their colour, and 延期申请. */
@RestController
@RequestMapping("/api/v1/instructions")
class InstructionController {

  private final InstructionService instructions;

  InstructionController(InstructionService instructions) {
    this.instructions = instructions;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  InstructionService.Issued issue(ApiUser user, @RequestBody(required = false) InstructionRequest request) {
    return instructions.issue(user, request);
  }

  @GetMapping
  List<ItemRow> list(ApiUser user, @RequestParam(required = false) String status,
      @RequestParam(required = false) String color) {
    return instructions.list(user, status, color);
  }

  @GetMapping("/{id}")
  InstructionService.Detail get(ApiUser user, @PathVariable long id) {
    return instructions.get(user, id);
  }

  @PostMapping(path = "/{id}/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  Document attach(ApiUser user, @PathVariable long id,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    return instructions.attach(user, id, file == null ? null : new MultipartUpload(file));
  }

  @PostMapping("/{id}/extensions")
  @ResponseStatus(HttpStatus.CREATED)
  InstructionExtension requestExtension(ApiUser user, @PathVariable long id,
      @RequestBody(required = false) ExtensionRequest request) {
    return instructions.requestExtension(user, id, request);
  }
}
