package pl.vetworkflow.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the case documents ({@code vet.documents.*}).
 *
 * @param templateFolder a folder of templates ({@code <name>.html}) that the programme office may
 *     change without a release; a template missing there is taken from the shipped ones. Blank: the
 *     shipped templates only
 * @param maxFileSize the largest file a person may attach
 */
@ConfigurationProperties("vet.documents")
public record DocumentSettings(String templateFolder, DataSize maxFileSize) {

  public DocumentSettings {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    if (maxFileSize.toBytes() < 1024) {
      throw new IllegalArgumentException("vet.documents.max-file-size must be at least 1KB");
    }
  }
}
