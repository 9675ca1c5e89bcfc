@echo off
rem khlt: tong hop bao cao cua Ke hoach lien tich 02/KHLT. Chay: bin\khlt --help
rem Can Java 17 tro len: JAVA_HOME neu co, neu khong thi lenh java trong PATH.
rem KHLT_JAVA_OPTS them tuy chon cho Java, vi du KHLT_JAVA_OPTS=-Xmx4g.
setlocal
chcp 65001 >nul
set "KHLT_HOME=%~dp0.."
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo khlt: không tìm thấy Java. khlt cần Java 17 trở lên. 1>&2
  echo   Tải Java 17 tại https://adoptium.net, cài đặt rồi chạy lại; hoặc đặt JAVA_HOME là thư mục Java. 1>&2
  exit /b 3
)
"%JAVA%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 (
  echo khlt: Java ở "%JAVA%" cũ hơn Java 17; khlt cần Java 17 trở lên. 1>&2
  echo   Tải Java 17 tại https://adoptium.net, cài đặt rồi đặt JAVA_HOME là thư mục của nó. 1>&2
  exit /b 3
)
"%JAVA%" -XX:+UseSerialGC %KHLT_JAVA_OPTS% -jar "%KHLT_HOME%\lib\khlt.jar" %*
exit /b %ERRORLEVEL%
