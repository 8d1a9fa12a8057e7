package com.regionops.certificate;

/** Insert parameter: the certificate plus a slot for the generated id. */
public class CertificateRow {

  private final Certificate certificate;
  private Long id;

  public CertificateRow(Certificate certificate) {
    this.certificate = certificate;
  }

  public Certificate getC() {
    return certificate;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
