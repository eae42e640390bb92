package io.trace62304.approval;

import io.trace62304.report.AtomicFiles;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Adds a signed approval to a baseline's approvals file, creating it for the first. */
public final class ApprovalFiles {
    private ApprovalFiles() {}

    public static void append(final Path file, final SignedApproval approval) throws ReportException, IOException {
        ApprovalCodec codec = new ApprovalCodec();
        List<SignedApproval> approvals = new ArrayList<>();
        if (Files.exists(file)) {
            ApprovalCodec.ApprovalFile existing = codec.read(file);
            if (!existing.baselineDigest().equals(approval.approval().baselineDigest())) {
                throw new ReportException(
                        file,
                        "holds the approvals of baseline " + existing.baselineDigest() + ", not of "
                                + approval.approval().baselineDigest());
            }
            approvals.addAll(existing.approvals());
        }
        approvals.add(approval);
        AtomicFiles.write(file, codec.fileBytes(approval.approval().baselineDigest(), approvals));
    }
}
