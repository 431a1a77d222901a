<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>No system keychain available; the certificate is kept for this session only.</source>
        <translation>没有可用的系统钥匙串；证书只在本次会话中保留。</translation>
    </message>
</context>
</TS>
