<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Licence texts: {folder}</source>
        <translation>许可证文本：{folder}</translation>
    </message>
    <message>
        <source>Generate, decode, verify and explain Agora tokens and legacy dynamic keys.</source>
        <translation>生成、解析、校验和解释声网 Token 以及旧版 Dynamic Key。</translation>
    </message>
    <message>
        <source>Agora Token GUI is free software under the MIT licence.</source>
        <translation>Agora Token GUI 是基于 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public License, version 3 (LGPLv3).</source>
        <translation>Qt 和 Qt for Python（PySide6、shiboken6）依据 GNU 宽通用公共许可证第 3 版（LGPLv3）使用。</translation>
    </message>
    <message>
        <source>Certificates are never written to settings, history or logs.</source>
        <translation>证书从不写入设置、历史记录或日志。</translation>
    </message>
    <message>
        <source>About Agora Token GUI</source>
        <translation>关于 Agora Token GUI</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Forget saved data</source>
        <translation>清除保存的数据</translation>
    </message>
    <message>
        <source>Forget every saved setting (window layout, form values, profiles) and delete the certificates this app stored in the system keychain?</source>
        <translation>清除所有保存的设置（窗口布局、表单值、配置），并删除本应用保存在系统钥匙串中的证书？</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile {name} and any certificate kept for it in the keychain?</source>
        <translation>删除配置 {name} 以及钥匙串中为它保存的证书？</translation>
    </message>
</context>
<context>
    <name>ProfileNameDialog</name>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Save the App ID under a name to pick it again from the Profile list. The App Certificate is kept only if “Remember certificate in system keychain” is ticked, and then only in the keychain.</source>
        <translation>以一个名称保存 App ID，之后可在“配置”列表中再次选择。只有勾选“在系统钥匙串中记住证书”时才会保存 App 证书，而且只保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>e.g. staging project</source>
        <translation>例如：预发布项目</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous tab of the decoder pane</source>
        <translation>解析器面板的下一个 / 上一个标签页</translation>
    </message>
    <message>
        <source>Move to the next / previous input</source>
        <translation>移到下一个 / 上一个输入框</translation>
    </message>
    <message>
        <source>Jump to a labelled input</source>
        <translation>跳到带标签的输入框</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
</TS>
