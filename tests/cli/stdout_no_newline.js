// The output ends without a newline (pins the .out "(no newline at end of stdout)" marker).
process.stdout.write('partial line');
