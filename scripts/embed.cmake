# embed.cmake — turn a text file into a C string constant:
#   cmake -DIN=file -DOUT=header.h -DNAME=symbol -P embed.cmake
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUT} "/* generated from ${IN}; do not edit */\n"
  "static const char ${NAME}[] = {${bytes} 0x00};\n")
