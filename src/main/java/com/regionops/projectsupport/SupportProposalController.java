package com.regionops.projectsupport;

import com.regionops.org.RegionService;
import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The region's 帮扶建议, for its own users; an office or another region: 404. */
@RestController
class SupportProposalController {

  private final RegionService regions;
  private final SupportProposals proposals;

  SupportProposalController(RegionService regions, SupportProposals proposals) {
    this.regions = regions;
    this.proposals = proposals;
  }

  @GetMapping("/api/v1/regions/{regionCode}/support-proposals")
  List<SupportProposals.Proposal> proposals(ApiUser user, @PathVariable String regionCode) {
    return proposals.of(regions.visible(user, regionCode).code());
  }
}
