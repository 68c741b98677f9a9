package io.keyprojects.notifications.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The address notifications go to by e-mail. */
@Schema(name = "MailboxRequest", examples = """
        {"address": "zjj-duban@county.gov.cn"}""")
public record MailboxRequest(@NotBlank @Email @Size(max = 254) String address) {
}
