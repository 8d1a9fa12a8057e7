package com.regionops.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The files uploaded per item (上会资料 of a gate review round, 阶段成果 of a plan node): what the checks count. */
@Component
public class MaterialFiles {

  private final DocumentMapper documents;

  public MaterialFiles(DocumentMapper documents) {
    this.documents = documents;
  }

  /** Material name → names of its current files, in upload order; empty without a gate review. */
  public Map<String, List<String>> byMaterial(Object gateReviewId) {
    return bySlot(OwnerType.GATE_REVIEW, gateReviewId);
  }

  /** Slot (a material, a 阶段成果) → names of its current files, in upload order; empty without an owner. */
  public Map<String, List<String>> bySlot(OwnerType ownerType, Object ownerId) {
    if (ownerId == null) {
      return Map.of();
    }
    return documents.findByOwner(ownerType, ownerId.toString()).stream()
        .collect(Collectors.groupingBy(d -> d.slot() == null ? "" : d.slot(), LinkedHashMap::new,
            Collectors.mapping(Document::fileName, Collectors.toList())));
  }

  /** What the reviewer reads beside a material: "2 个文件：a.pdf、b.dwg", or that there is none. */
  public static String summary(List<String> names) {
    return names == null || names.isEmpty() ? "未上传文件" : names.size() + " 个文件：" + String.join("、", names);
  }
}
