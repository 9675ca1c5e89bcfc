package vn.khlt.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import vn.khlt.i18n.Text;

/** The entry point of {@code khlt.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so that Vietnamese reaches pipes and files intact
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        int code;
        try {
            code = Khlt.execute(out, err, args);
        } catch (OutOfMemoryError e) {
            err.println(Text.of("khlt: không đủ bộ nhớ cho lượng dữ liệu này; chạy lại với nhiều bộ nhớ hơn, ví dụ "
                    + "KHLT_JAVA_OPTS=-Xmx4g ./khlt ... (hoặc java -Xmx4g -jar khlt.jar ...)",
                    "khlt: not enough memory for this much data; run again with more, for example "
                    + "KHLT_JAVA_OPTS=-Xmx4g ./khlt ... (or java -Xmx4g -jar khlt.jar ...)").in(UsageErrors.lang(args)));
            err.flush();
            code = ExitCode.CANNOT_RUN;
        }
        System.exit(code);
    }
}
