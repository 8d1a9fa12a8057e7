package com.regionops.knowledge;

import java.util.List;

/**
 * Body of POST /api/v1/knowledge and PUT /api/v1/knowledge/{id}. scope: REGION (default) or GROUP (推荐集团共享,
 * group-ops approves after region-ops); regionCode: the home region, needed only by someone in several regions;
 * tags: codes or Chinese names from GET /api/v1/knowledge/tags; documentIds: files already in the system the
 * caller may read, copied to the entry; policyId: the policy a 制度 entry stands for.
 */
public record KnowledgeRequest(
    String kind,
    String scope,
    String regionCode,
    String projectCode,
    String title,
    String body,
    List<String> tags,
    List<Long> documentIds,
    Long policyId) {
}
