package com.regionops.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "可研报告.pdf|可研报告.pdf",
      "../../x.pdf|x.pdf",
      "C:\\Users\\张三\\桌面\\土地出让合同.pdf|土地出让合同.pdf",
      "/etc/passwd|passwd",
      "..\\..\\方案图纸.dwg|方案图纸.dwg",
      "  规划 指标 表.xlsx  |规划 指标 表.xlsx",
      ".hidden.pdf|hidden.pdf",
      "a<b>\"c\".pdf|abc.pdf"})
  void onlyTheLastPartOfANameIsKept(String given, String kept) {
    assertThat(DocumentService.cleanName(given)).isEqualTo(kept);
  }

  @Test
  void aNameThatIsOnlyFoldersIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> DocumentService.cleanName("../../"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
  }

  @Test
  void aVeryLongNameKeepsItsExtension() {
    String cleaned = DocumentService.cleanName("长".repeat(400) + ".pdf");
    assertThat(cleaned).hasSize(DocumentService.MAX_NAME).endsWith(".pdf");
  }

  @Test
  void theDownloadCarriesTheChineseNameAndAnAsciiStandIn() {
    assertThat(DocumentController.disposition(false, "会议纪要 2026.pdf"))
        .isEqualTo("attachment; filename=\"____ 2026.pdf\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%202026.pdf");
    assertThat(DocumentController.disposition(true, "a.pdf")).startsWith("inline; filename=\"a.pdf\"; filename*=");
  }
}
