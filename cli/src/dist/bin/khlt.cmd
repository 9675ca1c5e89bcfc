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
rem Phien ban Java: doc tu tep release trong thu muc Java (khong phai chay Java), neu khong co thi tu java -version
set "RELEASE="
for %%D in ("%JAVA%") do set "JDIR=%%~dpD.."
if exist "%JDIR%\release" for /f "usebackq tokens=2 delims==" %%V in (`findstr /b /c:"JAVA_VERSION=" "%JDIR%\release"`) do set "RELEASE=%%~V"
rem "call" first: a command line that starts with a quote loses its outer quotes in for /f
if not defined RELEASE for /f "tokens=3" %%V in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined RELEASE set "RELEASE=%%~V"
set "MAJOR="
if defined RELEASE for /f "tokens=1,2 delims=." %%M in ("%RELEASE%") do if "%%M"=="1" (set "MAJOR=%%N") else (set "MAJOR=%%M")
if not defined MAJOR goto old
if %MAJOR% LSS 17 goto old
goto java_ok
:old
echo khlt: Java ở "%JAVA%" cũ hơn Java 17; khlt cần Java 17 trở lên. 1>&2
echo   Tải Java 17 tại https://adoptium.net, cài đặt rồi đặt JAVA_HOME là thư mục của nó. 1>&2
exit /b 3
:java_ok
set "JAR=%KHLT_HOME%\lib\khlt.jar"
rem Khoi dong nhanh hon (class-data sharing cua JDK): lan chay du lieu dau tien (validate, report,
rem gap, inspect, run, review, feedback) cua moi ban khlt va Java ghi cac lop da nap vao mot tep
rem trong %LOCALAPPDATA%\khlt (-XX:ArchiveClassesAtExit); cac lan sau dung lai no
rem (-XX:SharedArchiveFile). Tu Java 25: bo nho dem AOT cua JDK (-XX:AOTMode=record roi
rem -XX:AOTMode=create mot lan, sau do -XX:AOTCache). KHLT_CDS=0 de tat.
set "CDS="
set "CDS_NEW="
if "%KHLT_CDS%"=="0" goto run
if not defined LOCALAPPDATA goto run
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
set "STAMP=%STAMP:/=%"
set "STAMP=%STAMP::=%"
set "STAMP=%STAMP: =%"
set "KIND=jsa"
if %MAJOR% GEQ 25 set "KIND=aot"
set "JSA=%LOCALAPPDATA%\khlt\khlt-%STAMP%-java-%RELEASE%.%KIND%"
if exist "%JSA%" if "%KIND%"=="aot" (
  set "CDS="-XX:AOTCache=%JSA%" -Xlog:aot*=off -Xlog:cds*=off"
  goto run
)
if exist "%JSA%" (
  set "CDS="-XX:SharedArchiveFile=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off"
  goto run
)
for %%C in (validate report gap inspect run review feedback) do if /i "%~1"=="%%C" set "CDS_NEW=%JSA%.%RANDOM%"
if not defined CDS_NEW goto run
if not exist "%LOCALAPPDATA%\khlt" mkdir "%LOCALAPPDATA%\khlt" 2>nul
if "%KIND%"=="aot" goto record_aot
"%JAVA%" -XX:+UseSerialGC "-XX:ArchiveClassesAtExit=%CDS_NEW%" -Xlog:cds=off -Xlog:cds+dynamic=off %KHLT_JAVA_OPTS% -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
move /y "%CDS_NEW%" "%JSA%" >nul 2>&1 || del "%CDS_NEW%" >nul 2>&1
exit /b %CODE%
:record_aot
set "QUIET=-Xlog:disable -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput"
"%JAVA%" -XX:+UseSerialGC -XX:AOTMode=record "-XX:AOTConfiguration=%CDS_NEW%.conf" %QUIET% %KHLT_JAVA_OPTS% -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
if exist "%CDS_NEW%.conf" "%JAVA%" -XX:+UseSerialGC -XX:AOTMode=create "-XX:AOTConfiguration=%CDS_NEW%.conf" "-XX:AOTCache=%CDS_NEW%" %QUIET% -jar "%JAR%" >nul 2>&1
del "%CDS_NEW%.conf" >nul 2>&1
move /y "%CDS_NEW%" "%JSA%" >nul 2>&1 || del "%CDS_NEW%" >nul 2>&1
exit /b %CODE%
:run
"%JAVA%" -XX:+UseSerialGC %CDS% %KHLT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
