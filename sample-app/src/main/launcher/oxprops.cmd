@echo off
rem oxprops: the command line (demo, create, inspect). Runs the jar beside this script.
set "OXPROPS_JAVA=java"
if defined JAVA_HOME set "OXPROPS_JAVA=%JAVA_HOME%\bin\java"
"%OXPROPS_JAVA%" %JAVA_OPTS% -Doxprops.command="%~f0" -jar "%~dp0oxprops-sample-app.jar" %*
