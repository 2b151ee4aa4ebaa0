@echo off
rem kizuki launcher for Windows: runs lib\kizuki.jar with the Java of JAVA_HOME, or the java on the PATH
rem (17 or newer). Extra JVM options go in JAVA_OPTS. Exit codes are kizuki's (see README.md).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo kizuki: JAVA_HOME ^(%JAVA_HOME%^) has no bin\java.exe; point it at a JDK 17 or newer. 1>&2
  exit /b 2
)
if not defined JAVA_HOME (
  where /q java.exe || (
    echo kizuki: no java found; install a JDK 17 or newer and put it on the PATH, or set JAVA_HOME. 1>&2
    exit /b 2
  )
)
"%JAVA_EXE%" %JAVA_OPTS% -Dkizuki.command=kizuki -jar "%APP_HOME%\lib\kizuki.jar" %*
exit /b %ERRORLEVEL%
